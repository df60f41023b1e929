using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Blocks of a store's week. The current user is the actor (IWorkContext): the shop's staff see and change the
/// shop's blocks, a vendor's staff only their vendor's; another's block answers "not found". Controllers check the
/// Planner permission first. Rule refusals come back as keys, never as exceptions.
/// </summary>
public interface IPlannerBlockService
{
    Task<PlannerSaveResult> CreateAsync(PlannerBlockRequest request);

    /// <summary>
    /// Saves the block if its version is still <paramref name="expectedVersion"/> (else <c>Block.ChangedMeanwhile</c>,
    /// nothing saved). <see cref="PlannerEditScope.All"/>: the whole series (the UID stays, calendars update).
    /// <see cref="PlannerEditScope.ThisOccurrence"/>: only the occurrence of <paramref name="occurrenceStartLocal"/> moves to
    /// the request's start and duration. <see cref="PlannerEditScope.ThisAndFollowing"/>: the series ends before that
    /// occurrence and a new block (new UID) takes the request's values from it on, with the exceptions and completions
    /// from there on.
    /// </summary>
    Task<PlannerSaveResult> UpdateAsync(int blockId, int expectedVersion, PlannerBlockRequest request,
        PlannerEditScope scope = PlannerEditScope.All, DateTime? occurrenceStartLocal = null);

    /// <summary>Deletes the block (its exceptions and completions go with it) if its version is unchanged.</summary>
    Task<PlannerResult> DeleteAsync(int blockId, int expectedVersion);

    /// <summary>The block, or null when it does not exist or is another vendor's.</summary>
    Task<PlannerBlock> GetBlockAsync(int blockId);

    /// <summary>The week (Monday to Sunday, store's zone) holding <paramref name="day"/>; <paramref name="mineOnly"/>: the current user's blocks.</summary>
    Task<PlannerWeek> GetWeekAsync(int storeId, DateOnly day, bool mineOnly = false);
}
