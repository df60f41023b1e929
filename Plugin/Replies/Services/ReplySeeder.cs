using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Seeds <see cref="ReplySeeds"/> for every English and French language of the store: at install, at update, and
/// when a language is added. A seed is written only if no reply with its SeedKey exists for that language — deleted
/// ones included (soft delete) — so the owner's edits and deletions are never overwritten or brought back. A seed
/// whose shortcut the owner already uses for that language gets no shortcut.
/// </summary>
public class ReplySeeder
{
    private readonly ILanguageService _languageService;
    private readonly IRepository<CannedReply> _replies;
    private readonly TimeProvider _timeProvider;

    public ReplySeeder(ILanguageService languageService, IRepository<CannedReply> replies, TimeProvider timeProvider)
    {
        _languageService = languageService;
        _replies = replies;
        _timeProvider = timeProvider;
    }

    /// <summary>Seeds what is missing; returns how many replies were written.</summary>
    public async Task<int> SeedAsync()
    {
        var written = 0;
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            written += await SeedLanguageAsync(language.Id, language.LanguageCulture);
        return written;
    }

    public async Task<int> SeedLanguageAsync(int languageId, string languageCulture)
    {
        if (ReplySeeds.All[0].For(languageCulture) == null)
            return 0;

        var present = (await _replies.Table.Where(reply => reply.LanguageId == languageId && reply.SeedKey != null)
            .Select(reply => reply.SeedKey).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var takenShortcuts = (await _replies.Table.Where(reply => !reply.Deleted && reply.LanguageId == languageId && reply.StoreId == 0)
            .Select(reply => reply.ShortcutKey).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var seeds = new List<CannedReply>();
        foreach (var seed in ReplySeeds.All.Where(seed => !present.Contains(seed.Key)))
        {
            var text = seed.For(languageCulture);
            var reply = new CannedReply
            {
                Title = text.Title,
                Category = text.Category,
                Shortcut = takenShortcuts.Contains(CannedReply.ShortcutKeyOf(text.Shortcut, languageId, 0)) ? null : text.Shortcut,
                Subject = text.Subject,
                Body = text.Body,
                LanguageId = languageId,
                StoreId = 0,
                Active = true,
                DisplayOrder = seed.DisplayOrder,
                SeedKey = seed.Key,
                CreatedOnUtc = now,
                UpdatedOnUtc = now
            };
            reply.RefreshShortcutKey();
            seeds.Add(reply);
        }

        if (seeds.Count > 0)
            await _replies.InsertAsync(seeds);
        return seeds.Count;
    }
}
