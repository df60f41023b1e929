using System.Data.Common;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

public class PlannerOccurrenceService : IPlannerOccurrenceService
{
    private readonly PlannerActor _actor;
    private readonly IRepository<PlannerBlock> _blocks;
    private readonly TimeProvider _clock;
    private readonly IRepository<PlannerOccurrenceCompletion> _completions;
    private readonly IRepository<PlannerOccurrenceException> _exceptions;
    private readonly PlannerOccurrenceReader _reader;
    private readonly PlannerTimeZones _timeZones;

    public PlannerOccurrenceService(PlannerActor actor,
        IRepository<PlannerBlock> blocks,
        TimeProvider clock,
        IRepository<PlannerOccurrenceCompletion> completions,
        IRepository<PlannerOccurrenceException> exceptions,
        PlannerOccurrenceReader reader,
        PlannerTimeZones timeZones)
    {
        _actor = actor;
        _blocks = blocks;
        _clock = clock;
        _completions = completions;
        _exceptions = exceptions;
        _reader = reader;
        _timeZones = timeZones;
    }

    public Task<PlannerResult> SkipAsync(int blockId, DateTime originalStartLocal) =>
        SetExceptionAsync(blockId, originalStartLocal, PlannerExceptionKind.Skip, null, null, Keys.Occurrence.Skipped);

    public async Task<PlannerResult> MoveAsync(int blockId, DateTime originalStartLocal, DateTime newStartLocal, int durationMinutes)
    {
        if (durationMinutes is < PlannerLimits.MinDurationMinutes or > PlannerLimits.MaxDurationMinutes)
            return PlannerResult.Refused(Keys.Block.DurationOutOfRange);
        if (Math.Abs((newStartLocal - originalStartLocal).TotalDays) > PlannerLimits.MaxMoveDays)
            return PlannerResult.Refused(Keys.Occurrence.MovedTooFar);

        return await SetExceptionAsync(blockId, originalStartLocal, PlannerExceptionKind.Move, newStartLocal, durationMinutes, Keys.Occurrence.Moved);
    }

    public async Task<PlannerResult> RestoreAsync(int blockId, DateTime originalStartLocal)
    {
        var (block, _) = await FindOccurrenceAsync(blockId, originalStartLocal);
        if (block == null)
            return PlannerResult.Refused(Keys.Occurrence.NotFound);

        await _exceptions.DeleteExceptionAsync(blockId, originalStartLocal);
        return PlannerResult.Done(Keys.Occurrence.Restored);
    }

    public async Task<PlannerResult> MarkDoneAsync(int blockId, DateTime originalStartLocal, string note = null)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > PlannerLimits.MaxCompletionNoteLength)
            return PlannerResult.Refused(Keys.Occurrence.NoteTooLong);

        var (block, _) = await FindOccurrenceAsync(blockId, originalStartLocal);
        if (block == null)
            return PlannerResult.Refused(Keys.Occurrence.NotFound);

        var (customer, _) = await _actor.GetAsync();
        try
        {
            // The unique key on (block, occurrence) makes two ticks at once one completion.
            await _completions.InsertAsync(new PlannerOccurrenceCompletion
            {
                BlockId = blockId,
                OccurrenceStartLocal = originalStartLocal,
                DoneByCustomerId = customer.Id,
                DoneOnUtc = _clock.GetUtcNow().UtcDateTime,
                Note = note
            }, publishEvent: false);
            return PlannerResult.Done(Keys.Occurrence.Done);
        }
        catch (DbException)
        {
            if (await _completions.Table.AnyAsync(c => c.BlockId == blockId && c.OccurrenceStartLocal == originalStartLocal))
                return PlannerResult.Refused(Keys.Occurrence.AlreadyDone);
            throw;
        }
    }

    public async Task<PlannerResult> UndoAsync(int blockId, DateTime originalStartLocal)
    {
        var (block, _) = await FindOccurrenceAsync(blockId, originalStartLocal);
        if (block == null)
            return PlannerResult.Refused(Keys.Occurrence.NotFound);

        await _completions.DeleteCompletionAsync(blockId, originalStartLocal);
        return PlannerResult.Done(Keys.Occurrence.Undone);
    }

    public async Task<IReadOnlyList<PlannerWeekItem>> GetLateAsync(int storeId, bool mineOnly = false)
    {
        var (customer, vendorId) = await _actor.GetAsync();
        var zone = await _timeZones.ForStoreAsync(storeId);
        var nowUtc = _clock.GetUtcNow().UtcDateTime;
        var nowLocal = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var from = nowLocal.Date.AddDays(-PlannerLimits.LateLookbackDays);
        // The window ends at tomorrow's midnight, not now, and now is applied after: the same window all day, so the
        // expansions are memo hits from one request to the next (PlannerExpansionMemo keys them by window).
        var (items, _) = await _reader.ReadAsync(storeId, vendorId, zone, from, nowLocal.Date.AddDays(1), mineOnly ? customer.Id : 0);
        return items.Where(i => i.Occurrence.StartLocal < nowLocal && !i.Done && !i.Occurrence.Skipped && i.Occurrence.EndUtc <= nowUtc)
            .Select(i => i with { Late = true })
            .ToList();
    }

    private async Task<PlannerResult> SetExceptionAsync(int blockId, DateTime originalStartLocal, PlannerExceptionKind kind,
        DateTime? movedStartLocal, int? movedMinutes, string doneKey)
    {
        var (block, zone) = await FindOccurrenceAsync(blockId, originalStartLocal);
        if (block == null)
            return PlannerResult.Refused(Keys.Occurrence.NotFound);

        if (movedStartLocal != null)
        {
            try
            {
                movedStartLocal = PlannerStoreTime.CheckStart(movedStartLocal.Value, zone);
            }
            catch (PlannerRuleException refused)
            {
                return PlannerResult.Refused(refused.ResourceKey);
            }
        }

        var (customer, _) = await _actor.GetAsync();
        var exception = new PlannerOccurrenceException
        {
            BlockId = blockId,
            OriginalStartLocal = originalStartLocal,
            Kind = kind,
            MovedStartLocal = movedStartLocal,
            MovedDurationMinutes = movedMinutes,
            ChangedByCustomerId = customer.Id,
            ChangedOnUtc = _clock.GetUtcNow().UtcDateTime
        };

        // One exception per occurrence (unique key): update the one there, else insert; an insert that loses to
        // another one at the same moment updates it instead.
        if (await _exceptions.MoveExceptionAsync(exception))
            return PlannerResult.Done(doneKey);
        try
        {
            await _exceptions.InsertAsync(exception, publishEvent: false);
        }
        catch (DbException)
        {
            if (!await _exceptions.MoveExceptionAsync(exception))
                throw;
        }

        return PlannerResult.Done(doneKey);
    }

    /// <summary>The visible block when the rule gives it an occurrence at <paramref name="originalStartLocal"/>, with the store's zone.</summary>
    private async Task<(PlannerBlock Block, TimeZoneInfo Zone)> FindOccurrenceAsync(int blockId, DateTime originalStartLocal)
    {
        var (_, vendorId) = await _actor.GetAsync();
        var block = await _blocks.Table.FirstOrDefaultAsync(b => b.Id == blockId);
        if (block == null || block.VendorId != vendorId)
            return (null, null);

        var zone = await _timeZones.ForStoreAsync(block.StoreId);
        try
        {
            var found = PlannerExpander.Starts(block.StartLocal, block.RecurrenceRule, PlannerStoreTime.IcalZoneId(zone),
                originalStartLocal, originalStartLocal.AddMinutes(1), 1);
            return found.Count == 1 && found[0].Local == originalStartLocal ? (block, zone) : (null, null);
        }
        catch (PlannerRuleException)
        {
            return (null, null);
        }
    }
}
