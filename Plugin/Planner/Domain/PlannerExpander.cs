using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Ical.Net;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.Recurrence;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// Expands a block into its occurrences of a window [from, to) of local time in the store's zone, with Ical.Net:
/// the rule is applied to local dates and times (09:00 stays 09:00 across both daylight-saving changes; the UTC
/// instant moves), see <see cref="PlannerStoreTime"/> for gaps and folds. Bounded: a window is at most
/// <see cref="PlannerLimits.MaxExpansionDays"/> days, an expansion yields at most
/// <see cref="PlannerLimits.MaxOccurrencesPerExpansion"/> occurrences of a block, and Ical.Net stops a rule after
/// <see cref="PlannerLimits.MaxUnmatchedIncrements"/> steps that find nothing. Skipped occurrences are returned
/// flagged; a moved one shows where it was moved to, so the window is widened by the longest move allowed.
/// </summary>
public static class PlannerExpander
{
    public static PlannerExpansion Expand(PlannerBlock block, IEnumerable<PlannerOccurrenceException> exceptions, TimeZoneInfo timeZone,
        DateTime fromLocal, DateTime toLocal)
    {
        CheckWindow(fromLocal, toLocal);
        var zone = PlannerStoreTime.IcalZoneId(timeZone);
        var byStart = (exceptions ?? []).Where(e => e.BlockId == block.Id).GroupBy(e => e.OriginalStartLocal).ToDictionary(g => g.Key, g => g.First());

        var margin = TimeSpan.FromDays(PlannerLimits.MaxMoveDays);
        var starts = Starts(block.StartLocal, block.RecurrenceRule, zone, fromLocal - margin, toLocal + margin,
            PlannerLimits.MaxOccurrencesPerExpansion + 1);
        var truncated = starts.Count > PlannerLimits.MaxOccurrencesPerExpansion;

        var occurrences = new List<PlannerOccurrence>();
        foreach (var start in starts.Take(PlannerLimits.MaxOccurrencesPerExpansion))
        {
            byStart.TryGetValue(start.Local, out var exception);
            var moved = exception?.Kind == PlannerExceptionKind.Move && exception.MovedStartLocal != null;
            var startLocal = moved ? exception.MovedStartLocal.Value : start.Local;
            var startUtc = moved ? PlannerStoreTime.ToUtc(startLocal, zone) : start.Utc;
            var duration = moved ? exception.MovedDurationMinutes ?? block.DurationMinutes : block.DurationMinutes;
            if (startLocal < fromLocal || startLocal >= toLocal)
                continue;

            var endUtc = startUtc.AddMinutes(duration);
            occurrences.Add(new PlannerOccurrence(block.Id, start.Local, startLocal, TimeZoneInfo.ConvertTimeFromUtc(endUtc, timeZone),
                startUtc, endUtc, duration, moved, exception?.Kind == PlannerExceptionKind.Skip));
        }

        // read-only: an expansion is shared by the memo (PlannerExpansionMemo) between requests
        return new PlannerExpansion(occurrences.OrderBy(o => o.StartUtc).ThenBy(o => o.BlockId).ToList().AsReadOnly(), truncated);
    }

    /// <summary>
    /// The starts the rule gives in [from, to) of local time, at most <paramref name="max"/>; a one-off block has its
    /// start. A rule Ical.Net cannot evaluate within the bounds is refused with <see cref="Keys.Invalid"/>.
    /// </summary>
    public static IReadOnlyList<PlannerOccurrenceStart> Starts(DateTime startLocal, string rule, string icalZoneId, DateTime fromLocal,
        DateTime toLocal, int max)
    {
        if (string.IsNullOrEmpty(rule))
            return startLocal >= fromLocal && startLocal < toLocal
                ? [new PlannerOccurrenceStart(startLocal, PlannerStoreTime.ToUtc(startLocal, icalZoneId))]
                : [];

        var series = Series(startLocal, rule, icalZoneId);
        try
        {
            return series.GetOccurrences(PlannerStoreTime.ToCal(fromLocal, icalZoneId), Options)
                .TakeWhileBefore(PlannerStoreTime.ToCal(toLocal, icalZoneId))
                .Select(o => new PlannerOccurrenceStart(Local(o.Period.StartTime), DateTime.SpecifyKind(o.Period.StartTime.AsUtc, DateTimeKind.Utc)))
                .Where(s => s.Local >= fromLocal || s.Utc >= PlannerStoreTime.ToUtc(fromLocal, icalZoneId))
                .Take(max)
                .ToList();
        }
        catch (EvaluationException)
        {
            throw new PlannerRuleException(Keys.Invalid);
        }
    }

    /// <summary>
    /// The local start of the series' last occurrence when it ends (COUNT: the last one counted; UNTIL: the UNTIL
    /// instant in local time, a bound that is enough to leave ended series out of a week); null when it never ends.
    /// </summary>
    public static DateTime? LastStartLocal(DateTime startLocal, string rule, TimeZoneInfo timeZone)
    {
        if (string.IsNullOrEmpty(rule))
            return startLocal;

        var pattern = PlannerRecurrence.Parse(rule);
        if (pattern.Until != null)
            return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(pattern.Until.AsUtc, DateTimeKind.Utc), timeZone);
        if (pattern.Count == null)
            return null;

        var zone = PlannerStoreTime.IcalZoneId(timeZone);
        try
        {
            return Series(startLocal, rule, zone).GetOccurrences(PlannerStoreTime.ToCal(startLocal, zone), Options)
                .Take(pattern.Count.Value).Select(o => Local(o.Period.StartTime)).LastOrDefault(startLocal);
        }
        catch (EvaluationException)
        {
            throw new PlannerRuleException(Keys.Invalid);
        }
    }

    /// <summary>How many occurrences the series has before <paramref name="beforeLocal"/> (at most <see cref="PlannerLimits.MaxRuleCount"/>).</summary>
    public static int CountBefore(DateTime startLocal, string rule, string icalZoneId, DateTime beforeLocal)
    {
        var series = Series(startLocal, rule, icalZoneId);
        return series.GetOccurrences(PlannerStoreTime.ToCal(startLocal, icalZoneId), Options)
            .TakeWhileBefore(PlannerStoreTime.ToCal(beforeLocal, icalZoneId))
            .Take(PlannerLimits.MaxRuleCount)
            .Count();
    }

    public static void CheckWindow(DateTime fromLocal, DateTime toLocal)
    {
        if (toLocal < fromLocal || (toLocal - fromLocal).TotalDays > PlannerLimits.MaxExpansionDays)
            throw new PlannerRuleException(Keys.WindowTooLong);
    }

    private static EvaluationOptions Options => new() { MaxUnmatchedIncrementsLimit = PlannerLimits.MaxUnmatchedIncrements };

    private static CalendarEvent Series(DateTime startLocal, string rule, string icalZoneId) => new()
    {
        DtStart = PlannerStoreTime.ToCal(startLocal, icalZoneId),
        Duration = Duration.FromMinutes(1),
        RecurrenceRule = new RecurrenceRule(rule)
    };

    private static DateTime Local(CalDateTime time) => DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified);
}
