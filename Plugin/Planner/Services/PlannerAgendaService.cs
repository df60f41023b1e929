using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Reads the late look-back and today in one window (blocks, exceptions, completions: 3 statements), then splits it:
/// an occurrence that overlaps today belongs to today (even when it ended undone earlier today); one that ended before
/// today's midnight, undone and not skipped, is late (the rule of <see cref="IPlannerOccurrenceService.GetLateAsync"/>,
/// restricted to the days before today so nothing shows twice).
/// </summary>
public class PlannerAgendaService : IPlannerAgendaService
{
    private readonly PlannerActor _actor;
    private readonly TimeProvider _clock;
    private readonly PlannerOccurrenceReader _reader;
    private readonly PlannerTimeZones _timeZones;

    public PlannerAgendaService(PlannerActor actor, TimeProvider clock, PlannerOccurrenceReader reader, PlannerTimeZones timeZones)
    {
        _actor = actor;
        _clock = clock;
        _reader = reader;
        _timeZones = timeZones;
    }

    public async Task<PlannerAgenda> GetTodayAsync(int storeId, bool mineOnly = false)
    {
        var (customer, vendorId) = await _actor.GetAsync();
        var zone = await _timeZones.ForStoreAsync(storeId);
        var nowUtc = _clock.GetUtcNow().UtcDateTime;
        var nowLocal = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var todayStart = nowLocal.Date;
        var tomorrowStart = todayStart.AddDays(1);

        // An occurrence of the evening before that runs past midnight starts before today: the window starts one
        // look-back earlier than today and every occurrence is placed by where it ends.
        var (items, _) = await _reader.ReadAsync(storeId, vendorId, zone, todayStart.AddDays(-PlannerLimits.LateLookbackDays), tomorrowStart,
            mineOnly ? customer.Id : 0);

        var today = new List<PlannerWeekItem>();
        var late = new List<PlannerWeekItem>();
        foreach (var item in items.Where(i => !i.Occurrence.Skipped))
        {
            if (item.Occurrence.EndLocal > todayStart && item.Occurrence.StartLocal < tomorrowStart)
                today.Add(item);
            else if (item.Occurrence.EndLocal <= todayStart && !item.Done && item.Occurrence.EndUtc <= nowUtc)
                late.Add(item with { Late = true });
        }

        return new PlannerAgenda(storeId, DateOnly.FromDateTime(todayStart), zone, nowLocal, nowUtc, today, late);
    }
}
