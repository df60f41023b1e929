using Nop.Plugin.Misc.MerchantOps.Planner.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// Puts a day's overlapping occurrences side by side: occurrences that overlap, directly or through others, form a
/// group; each takes the first column free at its start, and every member of the group shares the group's number of
/// columns.
/// </summary>
public static class PlannerDayLayout
{
    public static void Arrange(IList<PlannerOccurrenceItemModel> items)
    {
        var ordered = items.OrderBy(item => item.Top).ThenByDescending(item => item.Height).ToList();
        var group = new List<PlannerOccurrenceItemModel>();
        var columnEnds = new List<int>();
        var groupEnd = int.MinValue;

        foreach (var item in ordered)
        {
            if (item.Top >= groupEnd && group.Count > 0)
            {
                Close(group, columnEnds.Count);
                group.Clear();
                columnEnds.Clear();
            }

            var end = item.Top + Math.Max(item.Height, 1);
            var column = columnEnds.FindIndex(columnEnd => columnEnd <= item.Top);
            if (column < 0)
            {
                column = columnEnds.Count;
                columnEnds.Add(end);
            }
            else
                columnEnds[column] = end;

            item.Column = column;
            group.Add(item);
            groupEnd = group.Count == 1 ? end : Math.Max(groupEnd, end);
        }

        Close(group, columnEnds.Count);
    }

    private static void Close(List<PlannerOccurrenceItemModel> group, int columns)
    {
        foreach (var item in group)
            item.Columns = Math.Max(1, columns);
    }
}
