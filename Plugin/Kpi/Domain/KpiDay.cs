using System.Globalization;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// Local days of a store's time zone: their key (yyyyMMdd, an int every database compares and indexes the same way)
/// and their bounds in UTC. A day runs from its local midnight to the next one, so it lasts 23 hours on the spring
/// change and 25 on the autumn one. A midnight that does not exist (zones that change the clock at midnight) starts
/// at the first instant after the gap; a midnight that happens twice starts at the first of the two.
/// </summary>
public static class KpiDay
{
    public static int Key(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;

    public static DateOnly FromKey(int key) => new(key / 10000, key / 100 % 100, key % 100);

    public static bool IsKey(int key) =>
        DateOnly.TryParseExact(key.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The store's local day of a UTC instant.</summary>
    public static DateOnly Of(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>The UTC bounds [start, end) of the local day.</summary>
    public static KpiDayWindow Window(DateOnly day, TimeZoneInfo zone) =>
        new(day, StartUtc(day, zone), StartUtc(day.AddDays(1), zone));

    /// <summary>The UTC instant of the day's local midnight.</summary>
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsAmbiguousTime(midnight))
            offset = zone.GetAmbiguousTimeOffsets(midnight).Max();
        else if (zone.IsInvalidTime(midnight))
            // the offset before the gap: midnight minus it is the instant the gap ends (its first valid local time)
            offset = zone.GetUtcOffset(midnight.AddHours(-6));
        else
            offset = zone.GetUtcOffset(midnight);
        return DateTime.SpecifyKind(midnight - offset, DateTimeKind.Utc);
    }
}
