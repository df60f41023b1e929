namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// A period of local days of the store (both bounds included) and the one just before it, of the same length, that it
/// is compared with. <see cref="WasCut"/>: the period asked for was longer than <see cref="KpiLimits.LongestPeriodDays"/>
/// and starts later than asked (its last days are kept), or ended after today (it ends today).
/// </summary>
public sealed record KpiPeriod(KpiPeriodPreset Preset, DateOnly From, DateOnly To, bool WasCut)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public (DateOnly From, DateOnly To) Previous => (From.AddDays(-Days), From.AddDays(-1));

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
            yield return day;
    }

    /// <summary>
    /// The period of a preset on <paramref name="today"/> (the store's local day). Yesterday and the last 7 / 28 days end
    /// yesterday (complete days); this month runs to today. Custom: the dates given (swapped when reversed), ending today
    /// at the latest, at most <see cref="KpiLimits.LongestPeriodDays"/> long; without both dates, the last 7 days.
    /// </summary>
    public static KpiPeriod Resolve(KpiPeriodPreset preset, DateOnly? from, DateOnly? to, DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        switch (preset)
        {
            case KpiPeriodPreset.Yesterday:
                return new(preset, yesterday, yesterday, false);
            case KpiPeriodPreset.Last28Days:
                return new(preset, yesterday.AddDays(-27), yesterday, false);
            case KpiPeriodPreset.ThisMonth:
                return new(preset, monthStart, today, false);
            case KpiPeriodPreset.LastMonth:
                return new(preset, monthStart.AddMonths(-1), monthStart.AddDays(-1), false);
            case KpiPeriodPreset.Custom when from is { } start && to is { } end:
                if (end < start)
                    (start, end) = (end, start);
                var cut = false;
                if (end > today)
                    (end, cut) = (today, true);
                if (start > end)
                    start = end;
                var earliest = end.AddDays(1 - KpiLimits.LongestPeriodDays);
                if (start < earliest)
                    (start, cut) = (earliest, true);
                return new(preset, start, end, cut);
            default:
                return new(KpiPeriodPreset.Last7Days, yesterday.AddDays(-6), yesterday, false);
        }
    }
}
