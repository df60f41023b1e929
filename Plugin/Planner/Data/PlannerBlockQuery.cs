using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>
/// Reads of the planner: a store's blocks that may have occurrences in a window (through the store and start index;
/// ended series left out by their last start), and their exceptions and completions, one statement each.
/// </summary>
public class PlannerBlockQuery
{
    private readonly IRepository<PlannerBlock> _blocks;
    private readonly IRepository<PlannerOccurrenceCompletion> _completions;
    private readonly IRepository<PlannerOccurrenceException> _exceptions;

    public PlannerBlockQuery(IRepository<PlannerBlock> blocks, IRepository<PlannerOccurrenceCompletion> completions,
        IRepository<PlannerOccurrenceException> exceptions)
    {
        _blocks = blocks;
        _completions = completions;
        _exceptions = exceptions;
    }

    /// <summary>
    /// Blocks of the store and vendor (0 = the shop's own) starting before <paramref name="toLocal"/> whose series has
    /// not ended before <paramref name="fromLocal"/> (widened by the longest move, so a moved occurrence is found);
    /// <paramref name="assigneeCustomerId"/> &gt; 0 keeps only that person's.
    /// </summary>
    public async Task<IList<PlannerBlock>> InWindowAsync(int storeId, int vendorId, DateTime fromLocal, DateTime toLocal, int assigneeCustomerId = 0)
    {
        var from = fromLocal.AddDays(-PlannerLimits.MaxMoveDays);
        var to = toLocal.AddDays(PlannerLimits.MaxMoveDays);
        var query = _blocks.Table.Where(b => b.StoreId == storeId && b.VendorId == vendorId && b.StartLocal < to
            && (b.LastStartLocal == null || b.LastStartLocal >= from));
        if (assigneeCustomerId > 0)
            query = query.Where(b => b.AssigneeCustomerId == assigneeCustomerId);
        return await query.OrderBy(b => b.StartLocal).ThenBy(b => b.Id).ToListAsync();
    }

    public async Task<IList<PlannerOccurrenceException>> ExceptionsAsync(IReadOnlyCollection<int> blockIds) =>
        blockIds.Count == 0 ? [] : await _exceptions.Table.Where(e => blockIds.Contains(e.BlockId)).ToListAsync();

    /// <summary>Completions of the blocks' occurrences whose original start is in the window widened by the longest move.</summary>
    public async Task<IList<PlannerOccurrenceCompletion>> CompletionsAsync(IReadOnlyCollection<int> blockIds, DateTime fromLocal, DateTime toLocal)
    {
        if (blockIds.Count == 0)
            return [];
        var from = fromLocal.AddDays(-PlannerLimits.MaxMoveDays);
        var to = toLocal.AddDays(PlannerLimits.MaxMoveDays);
        return await _completions.Table
            .Where(c => blockIds.Contains(c.BlockId) && c.OccurrenceStartLocal >= from && c.OccurrenceStartLocal < to)
            .ToListAsync();
    }
}
