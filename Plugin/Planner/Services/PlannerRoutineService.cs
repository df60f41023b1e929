using System.Data.Common;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Creates a store's default routine once. The marker row (<see cref="PlannerRoutineSeed"/>, unique store id) and the
/// blocks are inserted in one read-committed transaction, the marker first: a second click or a second person at the
/// same moment waits on the marker's unique key until the first commits, then is refused there, and nothing of theirs
/// is kept. A failure rolls back the marker with the blocks, so the routine is offered again.
/// </summary>
public class PlannerRoutineService : IPlannerRoutineService
{
    private readonly PlannerActor _actor;
    private readonly IRepository<PlannerBlock> _blocks;
    private readonly TimeProvider _clock;
    private readonly INopDataProvider _dataProvider;
    private readonly IRepository<PlannerRoutineSeed> _seeds;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;

    public PlannerRoutineService(PlannerActor actor,
        IRepository<PlannerBlock> blocks,
        TimeProvider clock,
        INopDataProvider dataProvider,
        IRepository<PlannerRoutineSeed> seeds,
        IStoreService storeService,
        PlannerTimeZones timeZones)
    {
        _actor = actor;
        _blocks = blocks;
        _clock = clock;
        _dataProvider = dataProvider;
        _seeds = seeds;
        _storeService = storeService;
        _timeZones = timeZones;
    }

    public async Task<bool> IsCreatedAsync(int storeId) => await _seeds.Table.AnyAsync(s => s.StoreId == storeId);

    public async Task<PlannerRoutineResult> CreateDefaultAsync(int storeId, string culture)
    {
        if (await _storeService.GetStoreByIdAsync(storeId) == null)
            return new PlannerRoutineResult(false, Keys.Block.UnknownStore, 0);
        if (await IsCreatedAsync(storeId))
            return new PlannerRoutineResult(false, Keys.Routine.AlreadyCreated, 0);

        var (customer, vendorId) = await _actor.GetAsync();
        var zone = await _timeZones.ForStoreAsync(storeId);
        var nowUtc = _clock.GetUtcNow().UtcDateTime;
        var monday = PlannerStoreTime.MondayOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone)));
        var blocks = PlannerRoutineSeeds.For(culture).Select(seed => Block(seed, storeId, vendorId, customer.Id, monday, zone, nowUtc)).ToList();

        try
        {
            using var transaction = new TransactionScope(TransactionScopeOption.Required,
                new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled);
            await _dataProvider.InsertEntityAsync(new PlannerRoutineSeed
            {
                StoreId = storeId,
                Culture = PlannerRoutineSeeds.CultureOf(culture),
                CreatedByCustomerId = customer.Id,
                CreatedOnUtc = nowUtc
            });
            foreach (var block in blocks)
                await _dataProvider.InsertEntityAsync(block);
            transaction.Complete();
        }
        catch (DbException)
        {
            // Rolled back (the scope is disposed on leaving the try). Another click's marker refused ours: theirs stands.
            if (await IsCreatedAsync(storeId))
                return new PlannerRoutineResult(false, Keys.Routine.AlreadyCreated, 0);
            throw;
        }

        return new PlannerRoutineResult(true, Keys.Routine.Created, blocks.Count);
    }

    /// <summary>The routine's block: it starts on the first day of this week (or, monthly, from this week on) its rule gives.</summary>
    private static PlannerBlock Block(PlannerSeedBlock seed, int storeId, int vendorId, int customerId, DateOnly monday, TimeZoneInfo zone, DateTime nowUtc)
    {
        var icalZone = PlannerStoreTime.IcalZoneId(zone);
        var from = monday.ToDateTime(seed.Start);
        // The first occurrence of the rule from this Monday on: a weekly rule within the week, a monthly one within 5 weeks.
        var candidates = Enumerable.Range(0, 36).Select(day => from.AddDays(day));
        var start = candidates.First(candidate =>
            !zone.IsInvalidTime(candidate) && PlannerExpander.Starts(candidate, seed.Rule, icalZone, candidate, candidate.AddMinutes(1), 1) is [var only] && only.Local == candidate);

        var block = new PlannerBlock
        {
            StoreId = storeId,
            VendorId = vendorId,
            Uid = Guid.NewGuid(),
            CreatedByCustomerId = customerId,
            CreatedOnUtc = nowUtc,
            UpdatedOnUtc = nowUtc
        };
        block.Apply(seed.Title, seed.Category, start, seed.DurationMinutes, seed.Colour, 0, seed.Notes, seed.Steps, seed.LiveBinding, seed.Rule, zone);
        return block;
    }
}
