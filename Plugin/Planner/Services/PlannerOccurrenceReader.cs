using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// The occurrences of a store's blocks in a window, with their completions: three statements (blocks, exceptions,
/// completions) whatever the number of blocks, then Ical.Net's expansion of each block in memory, memoized by its inputs
/// (<see cref="PlannerExpansionMemo"/>: the blocks and exceptions just read are part of the key, so it is never stale).
/// </summary>
public class PlannerOccurrenceReader
{
    private readonly PlannerExpansionMemo _memo;
    private readonly PlannerBlockQuery _query;

    public PlannerOccurrenceReader(PlannerBlockQuery query, PlannerExpansionMemo memo)
    {
        _query = query;
        _memo = memo;
    }

    public async Task<(IReadOnlyList<PlannerWeekItem> Items, bool Truncated)> ReadAsync(int storeId, int vendorId, TimeZoneInfo zone,
        DateTime fromLocal, DateTime toLocal, int assigneeCustomerId = 0)
    {
        PlannerExpander.CheckWindow(fromLocal, toLocal);
        var blocks = await _query.InWindowAsync(storeId, vendorId, fromLocal, toLocal, assigneeCustomerId);
        var ids = blocks.Select(b => b.Id).ToList();
        var exceptions = (await _query.ExceptionsAsync(ids)).ToLookup(e => e.BlockId);
        var completions = (await _query.CompletionsAsync(ids, fromLocal, toLocal))
            .ToDictionary(c => (c.BlockId, c.OccurrenceStartLocal));

        var items = new List<PlannerWeekItem>();
        var truncated = false;
        foreach (var block in blocks)
        {
            PlannerExpansion expansion;
            try
            {
                expansion = _memo.Expand(block, exceptions[block.Id], zone, fromLocal, toLocal);
            }
            catch (PlannerRuleException)
            {
                // A rule stored before a rule change, or the zone changed under it: the block shows nothing rather than
                // breaking the week; editing it tells why.
                continue;
            }

            truncated |= expansion.Truncated;
            items.AddRange(expansion.Occurrences.Select(o =>
                new PlannerWeekItem(block, o, completions.GetValueOrDefault((block.Id, o.OriginalStartLocal)))));
        }

        return (items.OrderBy(i => i.Occurrence.StartUtc).ThenBy(i => i.Block.Id).ToList(), truncated);
    }
}
