using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Kpi.Domain.KpiPageResourceKeys.Journal;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <inheritdoc cref="IKpiJournalService"/>
public class KpiJournalService : IKpiJournalService
{
    private readonly IRepository<KpiJournalNote> _notes;
    private readonly IKpiFiguresReader _figures;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public KpiJournalService(IRepository<KpiJournalNote> notes, IKpiFiguresReader figures, TimeProvider timeProvider, IWorkContext workContext)
    {
        _notes = notes;
        _figures = figures;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public async Task<IReadOnlyList<KpiJournalNote>> GetNotesAsync(int storeId, DateOnly from, DateOnly to)
    {
        var (first, last) = (KpiDay.Key(from), KpiDay.Key(to));
        var latest = await _notes.Table
            .Where(note => note.StoreId == storeId && note.LocalDay >= first && note.LocalDay <= last)
            .OrderByDescending(note => note.LocalDay).ThenByDescending(note => note.Id)
            .Take(KpiPageLimits.NotesPerPeriod)
            .ToListAsync();
        return latest.OrderBy(note => note.LocalDay).ThenBy(note => note.Id).ToList();
    }

    public async Task<KpiPageResult> AddAsync(int storeId, DateOnly day, string text)
    {
        var refusal = await CheckAsync(storeId, day, text);
        if (refusal != null)
            return refusal;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var customer = await _workContext.GetCurrentCustomerAsync();
        await _notes.InsertAsync(new KpiJournalNote
        {
            StoreId = storeId,
            LocalDay = KpiDay.Key(day),
            Text = text.Trim(),
            Version = 1,
            CreatedByCustomerId = customer?.Id ?? 0,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        }, publishEvent: false);
        return KpiPageResult.Done(Keys.Added);
    }

    public async Task<KpiPageResult> UpdateAsync(int storeId, int noteId, int seenVersion, DateOnly day, string text)
    {
        var refusal = await CheckAsync(storeId, day, text);
        if (refusal != null)
            return refusal;

        if (await _notes.TryUpdateNoteAsync(noteId, storeId, seenVersion, KpiDay.Key(day), text.Trim(), _timeProvider.GetUtcNow().UtcDateTime))
            return KpiPageResult.Done(Keys.Saved);
        return await RefusalAsync(storeId, noteId);
    }

    public async Task<KpiPageResult> DeleteAsync(int storeId, int noteId, int seenVersion)
    {
        if (await IsVendorAsync())
            return KpiPageResult.Refused(Keys.NotForVendors);
        if (await _notes.TryDeleteNoteAsync(noteId, storeId, seenVersion))
            return KpiPageResult.Done(Keys.Deleted);
        return await RefusalAsync(storeId, noteId);
    }

    /// <summary>Why a conditional write touched nothing: the note is gone (or another store's), or it has another version now.</summary>
    private async Task<KpiPageResult> RefusalAsync(int storeId, int noteId)
    {
        var note = await _notes.Table.FirstOrDefaultAsync(row => row.Id == noteId && row.StoreId == storeId);
        return KpiPageResult.Refused(note == null ? Keys.NotFound : Keys.ChangedMeanwhile);
    }

    private async Task<KpiPageResult> CheckAsync(int storeId, DateOnly day, string text)
    {
        if (await IsVendorAsync())
            return KpiPageResult.Refused(Keys.NotForVendors);
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
            return KpiPageResult.Refused(Keys.TextRequired);
        if (trimmed.Length > KpiPageLimits.NoteLength)
            return KpiPageResult.Refused(Keys.TextTooLong);
        var today = await _figures.GetTodayAsync(storeId);
        if (day < KpiPageLimits.EarliestNoteDay || day > today.AddYears(1))
            return KpiPageResult.Refused(Keys.BadDay);
        return null;
    }

    private async Task<bool> IsVendorAsync() => await _workContext.GetCurrentVendorAsync() != null;
}
