using System.Globalization;
using Ical.Net;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The block form's recurrence chooser and the RRULE it stands for. <see cref="Build"/> writes the rule text the
/// chooser means (the service checks and normalizes it with Ical.Net: a bad interval, count or day comes back as its
/// message); <see cref="Read"/> fills the chooser from a stored rule, read by Ical.Net.
/// </summary>
public static class PlannerRuleForm
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The rule text of the chooser, or null for a one-off block.</summary>
    public static string Build(PlannerBlockEditModel model)
    {
        var parts = new List<string>();
        switch (model.Repeat)
        {
            case PlannerRepeat.Weekly:
            case PlannerRepeat.EveryNWeeks:
                parts.Add("FREQ=WEEKLY");
                if (model.Repeat == PlannerRepeat.EveryNWeeks && model.RepeatInterval != 1)
                    parts.Add("INTERVAL=" + model.RepeatInterval.ToString(CultureInfo.InvariantCulture));
                var days = (model.RepeatDays ?? []).Where(day => day is >= 0 and <= 6).Distinct().OrderBy(day => (day + 6) % 7).ToList();
                if (days.Count > 0)
                    parts.Add("BYDAY=" + string.Join(",", days.Select(day => DayCodes[day])));
                break;
            case PlannerRepeat.MonthlyNthWeekday:
                parts.Add("FREQ=MONTHLY");
                if (model.RepeatInterval != 1)
                    parts.Add("INTERVAL=" + model.RepeatInterval.ToString(CultureInfo.InvariantCulture));
                var day = model.MonthlyDay is >= 0 and <= 6 ? model.MonthlyDay : 1;
                parts.Add("BYDAY=" + model.MonthlyOrdinal.ToString(CultureInfo.InvariantCulture) + DayCodes[day]);
                break;
            default:
                return null;
        }

        switch (model.RepeatEnd)
        {
            case PlannerRepeatEnd.OnDate:
                if (!DateOnly.TryParseExact(model.RepeatUntil?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
                    throw new PlannerRuleException(PlannerWebResourceKeys.Form.InvalidUntil);
                parts.Add("UNTIL=" + until.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                break;
            case PlannerRepeatEnd.AfterCount:
                parts.Add("COUNT=" + (model.RepeatCount ?? 0).ToString(CultureInfo.InvariantCulture));
                break;
        }

        return string.Join(";", parts);
    }

    /// <summary>Sets the chooser from a stored rule (UNTIL, stored in UTC, shown as the store's local date).</summary>
    public static void Read(string rule, TimeZoneInfo timeZone, DateTime startLocal, PlannerBlockEditModel model)
    {
        model.MonthlyDay = (int)startLocal.DayOfWeek;
        model.RepeatDays = [(int)startLocal.DayOfWeek];
        if (string.IsNullOrEmpty(rule))
        {
            model.Repeat = PlannerRepeat.None;
            return;
        }

        var pattern = PlannerRecurrence.Parse(rule);
        model.RepeatInterval = Math.Max(1, pattern.Interval);
        if (pattern.Frequency == FrequencyType.Monthly && pattern.ByDay.Count > 0)
        {
            model.Repeat = PlannerRepeat.MonthlyNthWeekday;
            model.MonthlyOrdinal = pattern.ByDay[0].Offset ?? 1;
            model.MonthlyDay = (int)pattern.ByDay[0].DayOfWeek;
        }
        else
        {
            model.Repeat = model.RepeatInterval == 1 ? PlannerRepeat.Weekly : PlannerRepeat.EveryNWeeks;
            if (pattern.ByDay.Count > 0)
                model.RepeatDays = pattern.ByDay.Select(day => (int)day.DayOfWeek).ToArray();
        }

        if (pattern.Count is { } count)
        {
            model.RepeatEnd = PlannerRepeatEnd.AfterCount;
            model.RepeatCount = count;
        }
        else if (pattern.Until is { } until)
        {
            var untilValue = until.IsUtc
                ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(until.Value, DateTimeKind.Utc), timeZone)
                : until.Value;
            model.RepeatEnd = PlannerRepeatEnd.OnDate;
            model.RepeatUntil = untilValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Whether two forms mean the same rule (then an edit keeps the stored rule as it is, COUNT and all).</summary>
    public static bool SameChoice(PlannerBlockEditModel a, PlannerBlockEditModel b)
    {
        if (a.Repeat != b.Repeat)
            return false;
        if (a.Repeat == PlannerRepeat.None)
            return true;

        var interval = a.Repeat == PlannerRepeat.Weekly || a.RepeatInterval == b.RepeatInterval;
        var days = a.Repeat == PlannerRepeat.MonthlyNthWeekday
            ? a.MonthlyOrdinal == b.MonthlyOrdinal && a.MonthlyDay == b.MonthlyDay
            : new HashSet<int>(a.RepeatDays ?? []).SetEquals(b.RepeatDays ?? []);
        var end = a.RepeatEnd == b.RepeatEnd && a.RepeatEnd switch
        {
            PlannerRepeatEnd.OnDate => string.Equals(a.RepeatUntil?.Trim(), b.RepeatUntil?.Trim(), StringComparison.Ordinal),
            PlannerRepeatEnd.AfterCount => a.RepeatCount == b.RepeatCount,
            _ => true
        };
        return interval && days && end;
    }
}
