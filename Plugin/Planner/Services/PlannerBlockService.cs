using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

public class PlannerBlockService : IPlannerBlockService
{
    private readonly PlannerActor _actor;
    private readonly PlannerAssignees _assignees;
    private readonly IRepository<PlannerBlock> _blocks;
    private readonly TimeProvider _clock;
    private readonly IRepository<PlannerOccurrenceCompletion> _completions;
    private readonly IRepository<PlannerOccurrenceException> _exceptions;
    private readonly IPlannerOccurrenceService _occurrences;
    private readonly PlannerOccurrenceReader _reader;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;

    public PlannerBlockService(PlannerActor actor,
        PlannerAssignees assignees,
        IRepository<PlannerBlock> blocks,
        TimeProvider clock,
        IRepository<PlannerOccurrenceCompletion> completions,
        IRepository<PlannerOccurrenceException> exceptions,
        IPlannerOccurrenceService occurrences,
        PlannerOccurrenceReader reader,
        IStoreService storeService,
        PlannerTimeZones timeZones)
    {
        _actor = actor;
        _assignees = assignees;
        _blocks = blocks;
        _clock = clock;
        _completions = completions;
        _exceptions = exceptions;
        _occurrences = occurrences;
        _reader = reader;
        _storeService = storeService;
        _timeZones = timeZones;
    }

    public async Task<PlannerSaveResult> CreateAsync(PlannerBlockRequest request)
    {
        var (customer, vendorId) = await _actor.GetAsync();
        if (request == null || await _storeService.GetStoreByIdAsync(request.StoreId) == null)
            return PlannerSaveResult.Refused(Keys.Block.UnknownStore);

        var now = _clock.GetUtcNow().UtcDateTime;
        var block = new PlannerBlock
        {
            StoreId = request.StoreId,
            VendorId = vendorId,
            Uid = Guid.NewGuid(),
            CreatedByCustomerId = customer.Id,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
        var refused = await ApplyAsync(block, request, vendorId);
        if (refused != null)
            return PlannerSaveResult.Refused(refused);

        await _blocks.InsertAsync(block, publishEvent: false);
        return new PlannerSaveResult(true, Keys.Block.Saved, block.Id, block.Version);
    }

    public async Task<PlannerSaveResult> UpdateAsync(int blockId, int expectedVersion, PlannerBlockRequest request,
        PlannerEditScope scope = PlannerEditScope.All, DateTime? occurrenceStartLocal = null)
    {
        var block = await GetBlockAsync(blockId);
        if (block == null || request == null)
            return PlannerSaveResult.Refused(Keys.Block.NotFound);
        if (block.Version != expectedVersion)
            return PlannerSaveResult.Refused(Keys.Block.ChangedMeanwhile);

        if (scope != PlannerEditScope.All && !block.IsRecurring)
            scope = PlannerEditScope.All;
        if (scope != PlannerEditScope.All && occurrenceStartLocal == null)
            return PlannerSaveResult.Refused(Keys.Occurrence.NotFound);

        return scope switch
        {
            PlannerEditScope.ThisOccurrence => await MoveOccurrenceAsync(block, occurrenceStartLocal.Value, request),
            PlannerEditScope.ThisAndFollowing => await SplitAsync(block, occurrenceStartLocal.Value, request),
            _ => await SaveAllAsync(block, request)
        };
    }

    public async Task<PlannerResult> DeleteAsync(int blockId, int expectedVersion)
    {
        var block = await GetBlockAsync(blockId);
        if (block == null)
            return PlannerResult.Refused(Keys.Block.NotFound);

        return await _blocks.DeleteIfUnchangedAsync(blockId, expectedVersion)
            ? PlannerResult.Done(Keys.Block.Deleted)
            : PlannerResult.Refused(Keys.Block.ChangedMeanwhile);
    }

    public async Task<PlannerBlock> GetBlockAsync(int blockId)
    {
        var (_, vendorId) = await _actor.GetAsync();
        var block = await _blocks.Table.FirstOrDefaultAsync(b => b.Id == blockId);
        return block?.VendorId == vendorId ? block : null;
    }

    public async Task<PlannerWeek> GetWeekAsync(int storeId, DateOnly day, bool mineOnly = false)
    {
        var (customer, vendorId) = await _actor.GetAsync();
        var zone = await _timeZones.ForStoreAsync(storeId);
        var monday = PlannerStoreTime.MondayOf(day);
        var from = monday.ToDateTime(TimeOnly.MinValue);
        var (items, truncated) = await _reader.ReadAsync(storeId, vendorId, zone, from, from.AddDays(7), mineOnly ? customer.Id : 0);
        return new PlannerWeek(storeId, monday, zone, items, truncated);
    }

    private async Task<PlannerSaveResult> SaveAllAsync(PlannerBlock block, PlannerBlockRequest request)
    {
        var (_, vendorId) = await _actor.GetAsync();
        var refused = await ApplyAsync(block, request with { StoreId = block.StoreId }, vendorId);
        if (refused != null)
            return PlannerSaveResult.Refused(refused);

        block.UpdatedOnUtc = _clock.GetUtcNow().UtcDateTime;
        return await _blocks.SaveIfUnchangedAsync(block)
            ? new PlannerSaveResult(true, Keys.Block.Saved, block.Id, block.Version)
            : PlannerSaveResult.Refused(Keys.Block.ChangedMeanwhile);
    }

    private async Task<PlannerSaveResult> MoveOccurrenceAsync(PlannerBlock block, DateTime occurrenceStartLocal, PlannerBlockRequest request)
    {
        var moved = await _occurrences.MoveAsync(block.Id, occurrenceStartLocal, request.StartLocal, request.DurationMinutes);
        return moved.Succeeded
            ? new PlannerSaveResult(true, moved.ResourceKey, block.Id, block.Version)
            : PlannerSaveResult.Refused(moved.ResourceKey);
    }

    /// <summary>
    /// "This and following": the old series gets UNTIL just before the occurrence, a new block (new UID) starts with
    /// the request's values; both saved in one transaction, the old one only if its version is unchanged.
    /// </summary>
    private async Task<PlannerSaveResult> SplitAsync(PlannerBlock block, DateTime occurrenceStartLocal, PlannerBlockRequest request)
    {
        var (customer, vendorId) = await _actor.GetAsync();
        var zone = await _timeZones.ForStoreAsync(block.StoreId);
        var icalZone = PlannerStoreTime.IcalZoneId(zone);
        string endedRule;
        int before;
        try
        {
            var found = PlannerExpander.Starts(block.StartLocal, block.RecurrenceRule, icalZone, occurrenceStartLocal, occurrenceStartLocal.AddMinutes(1), 1);
            if (found.Count == 0 || found[0].Local != occurrenceStartLocal)
                return PlannerSaveResult.Refused(Keys.Occurrence.NotFound);
            endedRule = PlannerRecurrence.EndBefore(block.RecurrenceRule, block.StartLocal, occurrenceStartLocal, icalZone);
            before = PlannerExpander.CountBefore(block.StartLocal, block.RecurrenceRule, icalZone, occurrenceStartLocal);
        }
        catch (PlannerRuleException exception)
        {
            return PlannerSaveResult.Refused(exception.ResourceKey);
        }

        // Split at the first occurrence: nothing stays before it, so it is an edit of the whole series.
        if (endedRule == null)
            return await SaveAllAsync(block, request);

        var now = _clock.GetUtcNow().UtcDateTime;
        var following = block.CopyValues();
        following.Uid = Guid.NewGuid();
        following.CreatedByCustomerId = customer.Id;
        following.CreatedOnUtc = now;
        following.UpdatedOnUtc = now;
        var sameRule = string.Equals(request.RecurrenceRule?.Trim(), block.RecurrenceRule, StringComparison.OrdinalIgnoreCase);
        var rule = sameRule ? PlannerRecurrence.Continue(block.RecurrenceRule, before) : request.RecurrenceRule;
        var refused = await ApplyAsync(following, request with { StoreId = block.StoreId, RecurrenceRule = rule }, vendorId);
        if (refused != null)
            return PlannerSaveResult.Refused(refused);

        block.RecurrenceRule = endedRule;
        block.LastStartLocal = PlannerExpander.LastStartLocal(block.StartLocal, endedRule, zone);
        block.UpdatedOnUtc = now;

        using (var transaction = new TransactionScope(TransactionScopeOption.Required,
                   new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled))
        {
            if (!await _blocks.SaveIfUnchangedAsync(block))
                return PlannerSaveResult.Refused(Keys.Block.ChangedMeanwhile);

            await _blocks.InsertAsync(following, publishEvent: false);
            await _exceptions.MoveFromAsync(_completions, block.Id, following.Id, occurrenceStartLocal);
            transaction.Complete();
        }

        return new PlannerSaveResult(true, Keys.Block.Saved, following.Id, following.Version);
    }

    /// <summary>Applies the request to the block; the key of the first refusal, or null.</summary>
    private async Task<string> ApplyAsync(PlannerBlock block, PlannerBlockRequest request, int vendorId)
    {
        if (!await _assignees.MayBeAssignedAsync(request.AssigneeCustomerId, vendorId))
            return Keys.Block.UnknownAssignee;

        var zone = await _timeZones.ForStoreAsync(block.StoreId);
        try
        {
            block.Apply(request.Title, request.Category, request.StartLocal, request.DurationMinutes, request.Colour, request.AssigneeCustomerId,
                request.Notes, request.ProcedureSteps, request.LiveBinding, request.RecurrenceRule, zone);
            return null;
        }
        catch (PlannerRuleException exception)
        {
            return exception.ResourceKey;
        }
    }
}
