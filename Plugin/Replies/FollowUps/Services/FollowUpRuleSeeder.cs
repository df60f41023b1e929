using LinqToDB;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// Seeds <see cref="FollowUpRuleSeeds"/> at install and update, after the reply seeds: a rule is written only when no rule —
/// deleted ones included — has its SeedKey, so the owner's edits and deletions stay. It points to the reply of the same
/// seed key in the store's default language (else that seed's reply in any language); a seed whose reply the owner deleted
/// everywhere gets no rule.
/// </summary>
public class FollowUpRuleSeeder
{
    private readonly IRepository<Language> _languages;
    private readonly IRepository<CannedReply> _replies;
    private readonly IRepository<FollowUpRule> _rules;
    private readonly IRepository<Store> _stores;
    private readonly TimeProvider _timeProvider;

    public FollowUpRuleSeeder(IRepository<Language> languages, IRepository<CannedReply> replies, IRepository<FollowUpRule> rules,
        IRepository<Store> stores, TimeProvider timeProvider)
    {
        _languages = languages;
        _replies = replies;
        _rules = rules;
        _stores = stores;
        _timeProvider = timeProvider;
    }

    /// <summary>Seeds what is missing; returns how many rules were written.</summary>
    public async Task<int> SeedAsync()
    {
        var present = (await _rules.Table.Where(rule => rule.SeedKey != null).Select(rule => rule.SeedKey).ToListAsync())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = FollowUpRuleSeeds.All.Where(seed => !present.Contains(seed.Key)).ToList();
        if (missing.Count == 0)
            return 0;

        var defaultLanguageId = await _stores.Table.OrderBy(store => store.DisplayOrder).ThenBy(store => store.Id)
            .Select(store => store.DefaultLanguageId).FirstOrDefaultAsync(id => true);
        var languages = await _languages.Table.OrderBy(language => language.DisplayOrder).ThenBy(language => language.Id).ToListAsync();
        var defaultLanguage = languages.FirstOrDefault(language => language.Id == defaultLanguageId) ?? languages.FirstOrDefault(language => language.Published);

        var keys = missing.Select(seed => seed.Key).ToList();
        var replies = await _replies.Table.Where(reply => !reply.Deleted && keys.Contains(reply.SeedKey)).ToListAsync();

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var written = 0;
        foreach (var seed in missing)
        {
            var family = replies.Where(reply => string.Equals(reply.SeedKey, seed.Key, StringComparison.OrdinalIgnoreCase)).OrderBy(reply => reply.Id).ToList();
            var reply = family.FirstOrDefault(r => r.LanguageId == defaultLanguage?.Id) ?? family.FirstOrDefault();
            if (reply == null)
                continue;

            await _rules.InsertAsync(new FollowUpRule
            {
                Name = seed.NameFor(defaultLanguage?.LanguageCulture),
                Trigger = seed.Trigger,
                ReplyId = reply.Id,
                DelayHours = seed.DelayHours,
                MaxReminders = seed.MaxReminders,
                ConversionDays = seed.ConversionDays,
                StoreId = 0,
                Active = false,
                SeedKey = seed.Key,
                Version = 1,
                CreatedOnUtc = now,
                UpdatedOnUtc = now
            }, false);
            written++;
        }

        return written;
    }
}
