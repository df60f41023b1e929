using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// The backfill of one store, one chunk per call: it claims the store's progress row (a conditional update: one run at a
/// time; a claim that lapsed because its run died is taken over), rolls up days walking back from the row's next day,
/// and after each day moves the row on only while it still holds the claim. Rolling up a day twice is harmless (the
/// rollup overwrites), so a run that dies between a day and its progress costs one day of work, never a wrong figure.
/// </summary>
public class KpiBackfillService : IKpiBackfillService
{
    private readonly KpiProgressStore _progress;
    private readonly IKpiRollupService _rollup;

    public KpiBackfillService(KpiProgressStore progress, IKpiRollupService rollup)
    {
        _progress = progress;
        _rollup = rollup;
    }

    public async Task<KpiBackfillResult> RunAsync(int storeId, int maxDays = KpiLimits.BackfillDaysPerRun)
    {
        var progress = await _progress.GetOrStartAsync(storeId);
        if (progress.BackfillCompletedOnUtc != null)
            return Result(KpiBackfillOutcome.AlreadyComplete, 0, progress);

        var token = Guid.NewGuid();
        if (!await _progress.TryClaimAsync(progress, token))
            return Result(KpiBackfillOutcome.HeldByAnotherRun, 0, await _progress.GetAsync(storeId));

        // re-read under the claim: the last holder may have moved on since the first read
        progress = await _progress.GetAsync(storeId);
        var done = 0;
        var completed = false;
        try
        {
            var day = progress.BackfillNextDay;
            while (done < maxDays)
            {
                if (day < progress.FirstOrderDay)
                {
                    completed = true;
                    break;
                }

                var date = KpiDay.FromKey(day);
                await _rollup.RollUpDayAsync(storeId, date);
                var next = KpiDay.Key(date.AddDays(-1));
                if (!await _progress.AdvanceAsync(progress, token, day, next))
                    return Result(KpiBackfillOutcome.LostClaim, done + 1, await _progress.GetAsync(storeId));
                done++;
                day = next;
            }

            completed |= day < progress.FirstOrderDay;
        }
        finally
        {
            await _progress.ReleaseAsync(progress, token, completed);
        }

        return Result(completed ? KpiBackfillOutcome.Completed : KpiBackfillOutcome.Progressed, done, await _progress.GetAsync(storeId));
    }

    private static KpiBackfillResult Result(KpiBackfillOutcome outcome, int days, KpiRollupProgress progress) =>
        new(outcome, days, progress.BackfillNextDay, progress.BackfillDaysDone, progress.FirstOrderDay);
}
