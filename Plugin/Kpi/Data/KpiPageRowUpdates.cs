using LinqToDB;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Data;

/// <summary>
/// Conditional writes of the journal and targets: an edit or delete of a note applies only to the version the user saw
/// (of that store), so of two people saving the same note the database takes the first and refuses the second. Kept
/// apart because <c>using LinqToDB</c> makes some of nopCommerce's async helpers ambiguous.
/// </summary>
internal static class KpiPageRowUpdates
{
    public static async Task<bool> TryUpdateNoteAsync(this IRepository<KpiJournalNote> notes, int noteId, int storeId, int seenVersion,
        int localDay, string text, DateTime nowUtc) =>
        await notes.Table
            .Where(row => row.Id == noteId && row.StoreId == storeId && row.Version == seenVersion)
            .Set(row => row.LocalDay, localDay)
            .Set(row => row.Text, text)
            .Set(row => row.Version, row => row.Version + 1)
            .Set(row => row.UpdatedOnUtc, nowUtc)
            .UpdateAsync() == 1;

    public static async Task<bool> TryDeleteNoteAsync(this IRepository<KpiJournalNote> notes, int noteId, int storeId, int seenVersion) =>
        await notes.Table.Where(row => row.Id == noteId && row.StoreId == storeId && row.Version == seenVersion).DeleteAsync() == 1;

    public static async Task<bool> TryUpdateTargetAsync(this IRepository<KpiRevenueTarget> targets, int storeId, decimal weekly, decimal monthly,
        int customerId, DateTime nowUtc) =>
        await targets.Table
            .Where(row => row.StoreId == storeId)
            .Set(row => row.WeeklyRevenue, weekly)
            .Set(row => row.MonthlyRevenue, monthly)
            .Set(row => row.UpdatedByCustomerId, customerId)
            .Set(row => row.UpdatedOnUtc, nowUtc)
            .UpdateAsync() == 1;
}
