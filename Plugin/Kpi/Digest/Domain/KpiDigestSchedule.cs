using System.Globalization;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

/// <summary>
/// When a store's weekly digest is due and which days it covers, in the store's local time. Weeks are ISO weeks
/// (Monday to Sunday). The digest is due from the set day and hour of the week until the week ends, so a task that
/// could not run at the set hour (the app was down) still sends it later that week, once. It covers the seven full
/// local days before the set day (Friday to Thursday for a Friday digest), compared with the seven days before those;
/// a digest sent late still covers the same days.
/// </summary>
public sealed record KpiDigestSchedule(int WeekKey, DateOnly SendDay, DateOnly From, DateOnly To, bool IsDue)
{
    public const int DaysCovered = 7;

    public DateOnly PreviousFrom => From.AddDays(-DaysCovered);

    public DateOnly PreviousTo => To.AddDays(-DaysCovered);

    /// <param name="localNow">The store's local time now.</param>
    /// <param name="sendDay">The set day of the week.</param>
    /// <param name="sendHour">The set hour (0 to 23) of that day, local.</param>
    public static KpiDigestSchedule For(DateTime localNow, DayOfWeek sendDay, int sendHour)
    {
        var today = DateOnly.FromDateTime(localNow);
        var monday = today.AddDays(-DaysFromMonday(today.DayOfWeek));
        var day = monday.AddDays(DaysFromMonday(sendDay));
        var sendMoment = day.ToDateTime(new TimeOnly(Math.Clamp(sendHour, 0, 23), 0));
        return new KpiDigestSchedule(WeekOf(day), day, day.AddDays(-DaysCovered), day.AddDays(-1), localNow >= sendMoment);
    }

    /// <summary>The ISO week of a day as year × 100 + week: the digest's unique key with the store.</summary>
    public static int WeekOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(date) * 100 + ISOWeek.GetWeekOfYear(date);
    }

    public int FromKey => KpiDay.Key(From);

    public int ToKey => KpiDay.Key(To);

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
