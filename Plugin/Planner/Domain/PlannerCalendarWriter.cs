using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// Writes blocks as an iCalendar feed with Ical.Net: one VTIMEZONE per store zone; one VEVENT per block, whose UID is
/// the block's <see cref="PlannerBlock.Uid"/> (stable across edits, so subscribed calendars update it) and SEQUENCE its
/// version; DTSTART in the store's zone with the RRULE; skipped occurrences as EXDATE; each moved occurrence as a
/// VEVENT with the same UID and RECURRENCE-ID (its original start). The description holds the notes and the numbered
/// procedure.
/// </summary>
public static class PlannerCalendarWriter
{
    public const string ProductId = "-//Merchant Ops//Planner//EN";

    public static string Write(IEnumerable<(PlannerBlock Block, TimeZoneInfo Zone)> blocks, IEnumerable<PlannerOccurrenceException> exceptions)
    {
        var byBlock = exceptions.ToLookup(e => e.BlockId);
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", "Merchant Ops");
        var zones = new HashSet<string>();

        foreach (var (block, zone) in blocks)
        {
            var icalZone = PlannerStoreTime.IcalZoneId(zone);
            if (zones.Add(icalZone) && icalZone != "UTC")
                calendar.AddTimeZone(icalZone);

            var series = Event(block, block.StartLocal, block.DurationMinutes, icalZone);
            if (block.IsRecurring)
            {
                series.RecurrenceRule = new RecurrenceRule(block.RecurrenceRule);
                foreach (var skip in byBlock[block.Id].Where(e => e.Kind == PlannerExceptionKind.Skip))
                    series.ExceptionDates.Add(PlannerStoreTime.ToCal(skip.OriginalStartLocal, icalZone));
            }

            calendar.Events.Add(series);
            if (!block.IsRecurring)
                continue;

            foreach (var move in byBlock[block.Id].Where(e => e.Kind == PlannerExceptionKind.Move && e.MovedStartLocal != null))
            {
                var moved = Event(block, move.MovedStartLocal.Value, move.MovedDurationMinutes ?? block.DurationMinutes, icalZone);
                moved.RecurrenceIdentifier = new RecurrenceIdentifier(PlannerStoreTime.ToCal(move.OriginalStartLocal, icalZone), null);
                calendar.Events.Add(moved);
            }
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    public static string Uid(PlannerBlock block) => $"{block.Uid:D}@merchantops";

    private static CalendarEvent Event(PlannerBlock block, DateTime startLocal, int minutes, string icalZone)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(block),
            Summary = block.Title,
            Description = Description(block),
            DtStart = PlannerStoreTime.ToCal(startLocal, icalZone),
            Duration = Duration.FromMinutes(minutes),
            Sequence = block.Version,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(block.UpdatedOnUtc, DateTimeKind.Utc), "UTC", true),
            LastModified = new CalDateTime(DateTime.SpecifyKind(block.UpdatedOnUtc, DateTimeKind.Utc), "UTC", true)
        };
        if (!string.IsNullOrEmpty(block.Category))
            calendarEvent.Categories.Add(block.Category);
        return calendarEvent;
    }

    private static string Description(PlannerBlock block)
    {
        var steps = block.ProcedureSteps.Select((step, index) => $"{index + 1}. {step}");
        var parts = new[] { block.Notes }.Concat([string.Join('\n', steps)]).Where(part => !string.IsNullOrEmpty(part));
        return string.Join("\n\n", parts);
    }
}
