using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;
using Ical.Net.DataTypes;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.Recurrence;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// The recurrence rules the planner accepts, read and written by Ical.Net (RFC 5545 RRULE; no parsing of our own):
/// weekly on given days (FREQ=WEEKLY;BYDAY=MO,WE), every N weeks (INTERVAL=2, N ≤ 52), monthly on the nth
/// weekday (FREQ=MONTHLY;BYDAY=1MO, n = 1..4 or -1 for the last, every N months ≤ 12); no rule means one-off.
/// COUNT (≤ 1000) or UNTIL may end a series, not both. Any other part (BYHOUR, BYMONTHDAY, BYSETPOS…) is refused:
/// such rules are not offered by the screens and some can never match, which would make an expansion search for
/// ever. The block's start must be an occurrence of its rule.
/// </summary>
public static class PlannerRecurrence
{
    /// <summary>The rule checked and written back by Ical.Net (UNTIL in UTC, BYDAY always present); null for none.</summary>
    public static string Normalize(string rule, DateTime startLocal, TimeZoneInfo timeZone)
    {
        if (string.IsNullOrWhiteSpace(rule))
            return null;

        var pattern = Parse(rule);
        var zone = PlannerStoreTime.IcalZoneId(timeZone);

        var unsupported = pattern.ByHour.Count + pattern.ByMinute.Count + pattern.BySecond.Count + pattern.ByMonthDay.Count
            + pattern.ByYearDay.Count + pattern.ByWeekNo.Count + pattern.ByMonth.Count + pattern.BySetPosition.Count;
        Require(unsupported == 0, Keys.Unsupported);

        switch (pattern.Frequency)
        {
            case FrequencyType.Weekly:
                Require(pattern.ByDay.All(day => day.Offset == null), Keys.Unsupported);
                Require(pattern.Interval is >= 1 and <= PlannerLimits.MaxWeeklyInterval, Keys.IntervalOutOfRange);
                if (pattern.ByDay.Count == 0)
                    pattern.ByDay.Add(new WeekDay(startLocal.DayOfWeek));
                break;
            case FrequencyType.Monthly:
                Require(pattern.ByDay.Count == 1 && pattern.ByDay[0].Offset is (>= 1 and <= 4) or (-1), Keys.Unsupported);
                Require(pattern.Interval is >= 1 and <= PlannerLimits.MaxMonthlyInterval, Keys.IntervalOutOfRange);
                break;
            default:
                throw new PlannerRuleException(Keys.Unsupported);
        }

        Require(pattern.Count == null || pattern.Until == null, Keys.Invalid);
        Require(pattern.Count is null or (>= 1 and <= PlannerLimits.MaxRuleCount), Keys.CountOutOfRange);
        if (pattern.Until != null)
        {
            // RFC 5545: with a zoned DTSTART, UNTIL is UTC. A date or a floating time is read as the store's local time.
            var until = pattern.Until;
            var untilUtc = until.IsUtc
                ? until.Value
                : PlannerStoreTime.ToUtc(until.HasTime ? until.Value : until.Value.Date.AddDays(1).AddSeconds(-1), zone);
            Require(untilUtc >= PlannerStoreTime.ToUtc(startLocal, zone), Keys.UntilBeforeStart);
            pattern.Until = new CalDateTime(DateTime.SpecifyKind(untilUtc, DateTimeKind.Utc), "UTC", true);
        }

        var normalized = Write(pattern);
        Require(normalized.Length <= PlannerLimits.MaxRuleLength, Keys.TooLong);

        var first = PlannerExpander.Starts(startLocal, normalized, zone, startLocal, startLocal.AddMinutes(1), 1);
        Require(first.Count == 1 && first[0].Local == startLocal, Keys.StartNotOnRule);
        return normalized;
    }

    /// <summary>Ical.Net's reading of a rule; refused with <see cref="Keys.Invalid"/> when it cannot read it.</summary>
    public static RecurrenceRule Parse(string rule)
    {
        var text = rule.Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
            text = text[6..];
        Require(text.Length <= PlannerLimits.MaxRuleLength, Keys.TooLong);
        try
        {
            return new RecurrenceRule(text);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new PlannerRuleException(Keys.Invalid);
        }
    }

    /// <summary>
    /// The rule of the first part of a split series: it ends just before <paramref name="occurrenceStartLocal"/>
    /// (UNTIL one second earlier, in UTC; COUNT dropped). Null when no occurrence is left before it.
    /// </summary>
    public static string EndBefore(string rule, DateTime seriesStartLocal, DateTime occurrenceStartLocal, string icalZoneId)
    {
        if (occurrenceStartLocal <= seriesStartLocal)
            return null;

        var pattern = Parse(rule);
        pattern.Count = null;
        pattern.Until = new CalDateTime(PlannerStoreTime.ToUtc(occurrenceStartLocal, icalZoneId).AddSeconds(-1), "UTC", true);
        return Write(pattern);
    }

    /// <summary>
    /// The rule of the second part of a split series: the same days and interval; a COUNT keeps only the occurrences
    /// not yet had (<paramref name="occurrencesBefore"/>).
    /// </summary>
    public static string Continue(string rule, int occurrencesBefore)
    {
        var pattern = Parse(rule);
        if (pattern.Count != null)
            pattern.Count = Math.Max(1, pattern.Count.Value - occurrencesBefore);
        return Write(pattern);
    }

    /// <summary>
    /// The rule as Ical.Net writes it. Its RecurrenceRule has no writer of its own in 5.2.4 (ToString is empty), so the
    /// rule is written as a calendar writes it, and its RRULE line is taken.
    /// </summary>
    public static string Write(RecurrenceRule rule)
    {
        var calendar = new Calendar();
        calendar.Events.Add(new CalendarEvent { DtStart = new CalDateTime(2000, 1, 1), RecurrenceRule = rule });
        var line = new CalendarSerializer().SerializeToString(calendar)
            .Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith("RRULE:", StringComparison.Ordinal));
        return line["RRULE:".Length..];
    }

    private static void Require(bool condition, string key)
    {
        if (!condition)
            throw new PlannerRuleException(key);
    }
}
