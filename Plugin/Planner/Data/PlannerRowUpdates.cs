using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>
/// Conditional updates, the database's way of deciding races: a block is saved or deleted only if nobody saved it
/// since it was read (its Version is unchanged). Only linq2db API that linq2db 5 (the store) and 6 (the stand-in)
/// share; kept apart because <c>using LinqToDB</c> makes some of nopCommerce's async helpers ambiguous.
/// </summary>
internal static class PlannerRowUpdates
{
    public static async Task<bool> SaveIfUnchangedAsync(this IRepository<PlannerBlock> blocks, PlannerBlock block)
    {
        var expected = block.Version;
        var changed = await blocks.Table
            .Where(row => row.Id == block.Id && row.Version == expected)
            .UpdateAsync(row => new PlannerBlock
            {
                Title = block.Title,
                Category = block.Category,
                StartLocal = block.StartLocal,
                DurationMinutes = block.DurationMinutes,
                Colour = block.Colour,
                AssigneeCustomerId = block.AssigneeCustomerId,
                Notes = block.Notes,
                Procedure = block.Procedure,
                LiveBindingId = block.LiveBindingId,
                RecurrenceRule = block.RecurrenceRule,
                LastStartLocal = block.LastStartLocal,
                UpdatedOnUtc = block.UpdatedOnUtc,
                Version = expected + 1
            });

        if (changed != 1)
            return false;

        block.Version = expected + 1;
        return true;
    }

    public static async Task<bool> DeleteIfUnchangedAsync(this IRepository<PlannerBlock> blocks, int blockId, int expectedVersion) =>
        await blocks.Table.Where(row => row.Id == blockId && row.Version == expectedVersion).DeleteAsync() == 1;

    /// <summary>Exceptions and completions of a split series from the split on belong to its new block.</summary>
    public static async Task MoveFromAsync(this IRepository<PlannerOccurrenceException> exceptions,
        IRepository<PlannerOccurrenceCompletion> completions, int fromBlockId, int toBlockId, DateTime fromLocal)
    {
        await exceptions.Table.Where(row => row.BlockId == fromBlockId && row.OriginalStartLocal >= fromLocal)
            .Set(row => row.BlockId, toBlockId).UpdateAsync();
        await completions.Table.Where(row => row.BlockId == fromBlockId && row.OccurrenceStartLocal >= fromLocal)
            .Set(row => row.BlockId, toBlockId).UpdateAsync();
    }

    public static async Task<bool> MoveExceptionAsync(this IRepository<PlannerOccurrenceException> exceptions, PlannerOccurrenceException exception) =>
        await exceptions.Table
            .Where(row => row.BlockId == exception.BlockId && row.OriginalStartLocal == exception.OriginalStartLocal)
            .UpdateAsync(row => new PlannerOccurrenceException
            {
                KindId = exception.KindId,
                MovedStartLocal = exception.MovedStartLocal,
                MovedDurationMinutes = exception.MovedDurationMinutes,
                ChangedByCustomerId = exception.ChangedByCustomerId,
                ChangedOnUtc = exception.ChangedOnUtc
            }) == 1;

    public static async Task<int> DeleteExceptionAsync(this IRepository<PlannerOccurrenceException> exceptions, int blockId, DateTime originalStartLocal) =>
        await exceptions.Table.Where(row => row.BlockId == blockId && row.OriginalStartLocal == originalStartLocal).DeleteAsync();

    public static async Task<int> DeleteCompletionAsync(this IRepository<PlannerOccurrenceCompletion> completions, int blockId, DateTime startLocal) =>
        await completions.Table.Where(row => row.BlockId == blockId && row.OccurrenceStartLocal == startLocal).DeleteAsync();
}
