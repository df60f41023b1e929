namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// One block of the default routine: its days (an RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=TU,WE,TH,FR), local
/// start time, duration, texts in one language, colour and live binding.
/// </summary>
public record PlannerSeedBlock(
    string Title,
    string Category,
    string Rule,
    TimeOnly Start,
    int DurationMinutes,
    string Colour,
    PlannerLiveBinding LiveBinding,
    string Notes = null,
    IReadOnlyList<string> Steps = null);
