using Ical.Net.DataTypes;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.Block;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// Local times of the store's time zone. A block's own start must exist there: a start in the spring-forward gap
/// (02:30 in Paris on the last Sunday of March) is refused with <see cref="Keys.StartInGap"/>, since the user
/// asked for a time the clock never shows. An occurrence of a series that falls in a gap (a weekly Sunday 02:30)
/// is moved forward by the gap's length (03:30), as RFC 5545 says, Ical.Net does and calendar clients show; an
/// occurrence in the autumn fold (02:30 happens twice) is the first of the two.
/// </summary>
public static class PlannerStoreTime
{
    /// <summary>
    /// The zone's IANA id, which Ical.Net (NodaTime) and calendar clients know; nopCommerce's time zone ids are
    /// Windows ids on Windows and IANA ids elsewhere.
    /// </summary>
    public static string IcalZoneId(TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (timeZone.Id == TimeZoneInfo.Utc.Id || timeZone.Id is "UTC" or "Etc/UTC" or "Coordinated Universal Time")
            return "UTC";
        if (!timeZone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(timeZone.Id, out var iana))
            return iana;
        return timeZone.Id;
    }

    /// <summary>The start to the minute, checked: within the supported years and not in a daylight-saving gap.</summary>
    public static DateTime CheckStart(DateTime startLocal, TimeZoneInfo timeZone)
    {
        var start = new DateTime(startLocal.Year, startLocal.Month, startLocal.Day, startLocal.Hour, startLocal.Minute, 0, DateTimeKind.Unspecified);
        if (start.Year is < PlannerLimits.MinYear or > PlannerLimits.MaxYear)
            throw new PlannerRuleException(Keys.StartOutOfRange);
        if (timeZone.IsInvalidTime(start))
            throw new PlannerRuleException(Keys.StartInGap);
        return start;
    }

    /// <summary>A local time of the zone as Ical.Net sees it.</summary>
    public static CalDateTime ToCal(DateTime local, string icalZoneId) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), icalZoneId, true);

    /// <summary>The UTC instant of a local time (a time in a gap moves forward by the gap, a time in the fold is the first).</summary>
    public static DateTime ToUtc(DateTime local, string icalZoneId) =>
        DateTime.SpecifyKind(ToCal(local, icalZoneId).AsUtc, DateTimeKind.Utc);

    /// <summary>Monday 00:00 of the week holding <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
