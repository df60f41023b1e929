using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Single occurrences, named by their original local start (<c>PlannerOccurrence.OriginalStartLocal</c>): skip, move,
/// restore, tick done and undo; and the late ones. Same actor and visibility as <see cref="IPlannerBlockService"/>.
/// </summary>
public interface IPlannerOccurrenceService
{
    Task<PlannerResult> SkipAsync(int blockId, DateTime originalStartLocal);

    /// <summary>Moves the occurrence (at most <c>PlannerLimits.MaxMoveDays</c> days away); a new start in a daylight-saving gap is refused.</summary>
    Task<PlannerResult> MoveAsync(int blockId, DateTime originalStartLocal, DateTime newStartLocal, int durationMinutes);

    /// <summary>Undoes a skip or a move.</summary>
    Task<PlannerResult> RestoreAsync(int blockId, DateTime originalStartLocal);

    /// <summary>Ticks the occurrence done by the current user, now, with a note; a second tick answers <c>Occurrence.AlreadyDone</c>.</summary>
    Task<PlannerResult> MarkDoneAsync(int blockId, DateTime originalStartLocal, string note = null);

    Task<PlannerResult> UndoAsync(int blockId, DateTime originalStartLocal);

    /// <summary>
    /// Occurrences of the last <c>PlannerLimits.LateLookbackDays</c> days that ended before now (store's zone), not
    /// done and not skipped, oldest first: the agenda carries them to today as late.
    /// </summary>
    Task<IReadOnlyList<PlannerWeekItem>> GetLateAsync(int storeId, bool mineOnly = false);
}
