namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// One occurrence of a block in a window. <see cref="OriginalStartLocal"/> is its key (exceptions and completions
/// name it; the feed's RECURRENCE-ID); <see cref="StartLocal"/> is where it is shown (moved or not).
/// Times are local to the store's zone, with their UTC instants.
/// </summary>
public record PlannerOccurrence(
    int BlockId,
    DateTime OriginalStartLocal,
    DateTime StartLocal,
    DateTime EndLocal,
    DateTime StartUtc,
    DateTime EndUtc,
    int DurationMinutes,
    bool Moved,
    bool Skipped);
