namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The store's quiet hours: from <c>fromHour</c>:00 to <c>toHour</c>:00 local time (wrapping midnight when from &gt; to;
/// equal hours = none). Their end is the first local <c>toHour</c>:00 after the moment, converted back to UTC: on the night
/// clocks go forward an hour that does not exist moves to the first local time that does; on the night they go back, the
/// first of the two occurrences counts.
/// </summary>
public static class QuietHours
{
    /// <summary>When the quiet hours around <paramref name="utc"/> end; null when <paramref name="utc"/> is outside them.</summary>
    public static DateTime? EndOf(DateTime utc, int fromHour, int toHour, TimeZoneInfo zone)
    {
        if (fromHour == toHour || fromHour is < 0 or > 23 || toHour is < 0 or > 23)
            return null;

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var hour = local.Hour;
        var quiet = fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
        if (!quiet)
            return null;

        // the end is today at toHour, unless the quiet hours started this evening and end tomorrow
        var endDay = fromHour > toHour && hour >= fromHour ? local.Date.AddDays(1) : local.Date;
        return ToUtc(DateTime.SpecifyKind(endDay.AddHours(toHour), DateTimeKind.Unspecified), zone);
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        // a local time skipped by the spring change: the first minute after the gap
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        if (zone.IsAmbiguousTime(local))
        {
            // the autumn change: the first occurrence is the one with the larger offset (summer time)
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
