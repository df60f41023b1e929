using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// The owner's journal of a store: dated notes, plain text (trimmed, 1 to <see cref="KpiPageLimits.NoteLength"/>
/// characters). Writes take the current user from nopCommerce's work context and are refused to a vendor (the journal
/// is the store's). An edit or delete names the version the user saw; a note changed or deleted meanwhile is refused
/// (<see cref="KpiPageResourceKeys.Journal.ChangedMeanwhile"/>), decided by the database.
/// </summary>
public interface IKpiJournalService
{
    /// <summary>The store's notes from <paramref name="from"/> to <paramref name="to"/>, by day then id, at most <see cref="KpiPageLimits.NotesPerPeriod"/> (the latest).</summary>
    Task<IReadOnlyList<KpiJournalNote>> GetNotesAsync(int storeId, DateOnly from, DateOnly to);

    Task<KpiPageResult> AddAsync(int storeId, DateOnly day, string text);

    Task<KpiPageResult> UpdateAsync(int storeId, int noteId, int seenVersion, DateOnly day, string text);

    Task<KpiPageResult> DeleteAsync(int storeId, int noteId, int seenVersion);
}
