using System.Data.Common;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// The reply library. A live shortcut is unique per language and store: checked before saving for a clear message,
/// and guaranteed by the unique index on ShortcutKey when two people save at once (the loser gets the same message).
/// </summary>
public class CannedReplyService : ICannedReplyService
{
    private readonly ILanguageService _languageService;
    private readonly IRepository<CannedReply> _replies;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;
    private readonly IReplyTokenService _tokenService;

    public CannedReplyService(ILanguageService languageService,
        IRepository<CannedReply> replies,
        IStoreContext storeContext,
        IStoreService storeService,
        TimeProvider timeProvider,
        IReplyTokenService tokenService)
    {
        _languageService = languageService;
        _replies = replies;
        _storeContext = storeContext;
        _storeService = storeService;
        _timeProvider = timeProvider;
        _tokenService = tokenService;
    }

    public async Task<IPagedList<CannedReply>> SearchAsync(CannedReplySearch search, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        search ??= new CannedReplySearch();
        var query = _replies.Table.Where(reply => !reply.Deleted);

        if (!string.IsNullOrWhiteSpace(search.Keywords))
        {
            var keywords = search.Keywords.Trim();
            query = query.Where(reply => reply.Title.Contains(keywords) || reply.Subject.Contains(keywords)
                || reply.Body.Contains(keywords) || reply.Shortcut.Contains(keywords));
        }

        if (!string.IsNullOrWhiteSpace(search.Category))
        {
            var category = search.Category.Trim();
            query = query.Where(reply => reply.Category == category);
        }

        if (search.LanguageId == 0)
            query = query.Where(reply => reply.LanguageId == 0);
        else if (search.LanguageId > 0)
            query = query.Where(reply => reply.LanguageId == 0 || reply.LanguageId == search.LanguageId);

        if (search.StoreId > 0)
            query = query.Where(reply => reply.StoreId == 0 || reply.StoreId == search.StoreId);

        if (search.Active.HasValue)
            query = query.Where(reply => reply.Active == search.Active.Value);

        return await query
            .OrderBy(reply => reply.Category).ThenBy(reply => reply.DisplayOrder).ThenBy(reply => reply.Title).ThenBy(reply => reply.Id)
            .ToPagedListAsync(pageIndex, pageSize);
    }

    public async Task<CannedReply> GetByIdAsync(int id)
    {
        var reply = id > 0 ? await _replies.GetByIdAsync(id) : null;
        return reply is { Deleted: false } ? reply : null;
    }

    public async Task<IList<string>> GetCategoriesAsync() =>
        (await _replies.Table.Where(reply => !reply.Deleted && reply.Category != null && reply.Category != string.Empty)
            .Select(reply => reply.Category).Distinct().ToListAsync())
        .OrderBy(category => category, StringComparer.CurrentCultureIgnoreCase).ToList();

    public async Task<ReplySaveResult> SaveAsync(CannedReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ReplyInputRules.Normalize(input);
        var errors = ReplyInputRules.Check(input);

        CannedReply reply = null;
        if (input.Id > 0 && (reply = await GetByIdAsync(input.Id)) == null)
            errors.Add(new ReplyFieldError(nameof(input.Id), ReplyResourceKeys.NotFound, []));
        if (input.LanguageId > 0 && await _languageService.GetLanguageByIdAsync(input.LanguageId) == null)
            errors.Add(new ReplyFieldError(nameof(input.LanguageId), Keys.LanguageUnknown, []));
        if (input.StoreId > 0 && await _storeService.GetStoreByIdAsync(input.StoreId) == null)
            errors.Add(new ReplyFieldError(nameof(input.StoreId), Keys.StoreUnknown, []));
        if (errors.All(error => error.Field != nameof(input.Shortcut)) && await FindShortcutOwnerAsync(input) is { } owner)
            errors.Add(ShortcutTaken(input.Shortcut, owner.Title));

        if (errors.Count > 0)
            return new ReplySaveResult { Succeeded = false, ReplyId = input.Id, Errors = errors };

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        reply ??= new CannedReply { CreatedOnUtc = now };
        input.ApplyTo(reply, now);

        try
        {
            if (reply.Id == 0)
                await _replies.InsertAsync(reply);
            else
                await _replies.UpdateAsync(reply);
        }
        catch (DbException)
        {
            // Someone saved the same shortcut meanwhile: the unique index refused this one.
            var winner = await FindShortcutOwnerAsync(input);
            if (winner == null)
                throw;
            return new ReplySaveResult { Succeeded = false, ReplyId = input.Id, Errors = new List<ReplyFieldError> { ShortcutTaken(input.Shortcut, winner.Title) } };
        }

        var allowed = await _tokenService.GetAllowedTokensAsync(ReplyContextKind.Order);
        return new ReplySaveResult
        {
            Succeeded = true,
            ReplyId = reply.Id,
            UnknownTokens = ReplyTokens.FindUnknown(new[] { reply.Subject, reply.Body }, allowed).ToList()
        };
    }

    public async Task<bool> DeleteAsync(int id)
    {
        var reply = await GetByIdAsync(id);
        if (reply == null)
            return false;

        reply.Deleted = true;
        reply.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        reply.RefreshShortcutKey();
        await _replies.UpdateAsync(reply);
        return true;
    }

    public async Task<IList<CannedReply>> FindForUseAsync(string query, int languageId, int storeId, int max = 20)
    {
        var candidates = await _replies.Table
            .Where(reply => !reply.Deleted && reply.Active
                && (languageId <= 0 || reply.LanguageId == 0 || reply.LanguageId == languageId)
                && (storeId <= 0 || reply.StoreId == 0 || reply.StoreId == storeId))
            .ToListAsync();

        query = query?.Trim() ?? string.Empty;
        var text = query.TrimStart('/');
        var ranked = candidates
            .Select(reply => (Reply: reply, Rank: Rank(reply, query, text)))
            .Where(item => item.Rank >= 0)
            // One row per family: the version in the language asked for wins over the "all languages" one.
            .GroupBy(item => FamilyKey(item.Reply))
            .Select(family => family.OrderBy(item => item.Reply.LanguageId == languageId ? 0 : 1)
                .ThenBy(item => item.Reply.StoreId == storeId ? 0 : 1).ThenBy(item => item.Rank).First())
            .OrderBy(item => item.Rank).ThenBy(item => item.Reply.DisplayOrder).ThenBy(item => item.Reply.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(Math.Max(1, max))
            .Select(item => item.Reply)
            .ToList();

        return ranked;
    }

    public async Task<ResolvedReply> ResolveForLanguageAsync(int replyId, int languageId)
    {
        var chosen = await GetByIdAsync(replyId);
        if (chosen == null)
            return new ResolvedReply { Reply = null, FellBack = false, RequestedLanguageId = languageId };

        if (languageId <= 0 || chosen.LanguageId == languageId || chosen.LanguageId == 0)
            return new ResolvedReply { Reply = chosen, FellBack = false, RequestedLanguageId = languageId };

        var family = (await FamilyOfAsync(chosen)).Where(reply => reply.Active || reply.Id == chosen.Id).ToList();
        var sameStoreFirst = family.OrderBy(reply => reply.StoreId == chosen.StoreId ? 0 : 1).ThenBy(reply => reply.Id).ToList();

        var inLanguage = sameStoreFirst.FirstOrDefault(reply => reply.LanguageId == languageId);
        if (inLanguage != null)
            return new ResolvedReply { Reply = inLanguage, FellBack = false, RequestedLanguageId = languageId };

        var forAll = sameStoreFirst.FirstOrDefault(reply => reply.LanguageId == 0);
        if (forAll != null)
            return new ResolvedReply { Reply = forAll, FellBack = false, RequestedLanguageId = languageId };

        var store = await _storeContext.GetCurrentStoreAsync();
        var defaultLanguageId = store?.DefaultLanguageId ?? 0;
        var inDefault = sameStoreFirst.FirstOrDefault(reply => reply.LanguageId == defaultLanguageId);
        return new ResolvedReply { Reply = inDefault ?? chosen, FellBack = true, RequestedLanguageId = languageId };
    }

    /// <summary>The non-deleted replies of the same family (same seed, or same shortcut), the reply included.</summary>
    private async Task<IList<CannedReply>> FamilyOfAsync(CannedReply reply)
    {
        var seedKey = reply.SeedKey;
        var shortcut = reply.Shortcut;
        var rows = await _replies.Table
            .Where(other => !other.Deleted && (seedKey != null && other.SeedKey == seedKey || shortcut != null && other.Shortcut == shortcut))
            .ToListAsync();
        // SQLite compares text case-sensitively, PostgreSQL (citext) not: decide in memory.
        return rows.Where(other => FamilyKey(other) == FamilyKey(reply)).Append(reply).DistinctBy(other => other.Id).ToList();
    }

    private static string FamilyKey(CannedReply reply) =>
        reply.SeedKey != null ? "seed:" + reply.SeedKey
        : reply.Shortcut != null ? "shortcut:" + reply.Shortcut.ToLowerInvariant()
        : "id:" + reply.Id;

    /// <summary>0: the shortcut starts with the query; 1: the title starts with it; 2: title, category or shortcut contain it; -1: no match.</summary>
    private static int Rank(CannedReply reply, string query, string text)
    {
        if (text.Length == 0)
            return 2;

        if (reply.Shortcut != null && reply.Shortcut.StartsWith("/" + text, StringComparison.CurrentCultureIgnoreCase))
            return 0;
        if (query.StartsWith('/'))
            return -1;
        if (reply.Title?.StartsWith(text, StringComparison.CurrentCultureIgnoreCase) == true)
            return 1;
        if (reply.Title?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true
            || reply.Category?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true
            || reply.Shortcut?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true)
            return 2;
        return -1;
    }

    private async Task<CannedReply> FindShortcutOwnerAsync(CannedReplyInput input)
    {
        var key = CannedReply.ShortcutKeyOf(input.Shortcut, input.LanguageId, input.StoreId);
        if (key == null)
            return null;

        var id = input.Id;
        return await _replies.Table.FirstOrDefaultAsync(reply => reply.ShortcutKey == key && reply.Id != id && !reply.Deleted);
    }

    private static ReplyFieldError ShortcutTaken(string shortcut, string title) => new(nameof(CannedReplyInput.Shortcut), Keys.ShortcutTaken, [shortcut, title]);
}
