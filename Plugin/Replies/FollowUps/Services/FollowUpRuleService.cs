using LinqToDB;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpScreenKeys.Rule;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The rules' list, checks and saves. Two people saving one rule: each save is one UPDATE … WHERE Id = @id AND Version =
/// @read (Version + 1), so the database lets exactly one through; the other is told the rule changed meanwhile and keeps
/// what they typed. Rows are read from the table, never through nopCommerce's entity cache (a stale version would refuse
/// every save).
/// </summary>
public class FollowUpRuleService : IFollowUpRuleService
{
    private readonly IRepository<CannedReply> _replies;
    private readonly IRepository<FollowUpRule> _rules;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;
    private readonly IWorkContext _workContext;

    public FollowUpRuleService(IRepository<CannedReply> replies, IRepository<FollowUpRule> rules, IStoreService storeService,
        TimeProvider timeProvider, IWorkContext workContext)
    {
        _replies = replies;
        _rules = rules;
        _storeService = storeService;
        _timeProvider = timeProvider;
        _workContext = workContext;
    }

    public async Task<IReadOnlyList<FollowUpRule>> ListAsync(int storeId = -1)
    {
        if (await IsVendorAsync())
            return [];

        var query = _rules.Table.Where(rule => !rule.Deleted);
        if (storeId == 0)
            query = query.Where(rule => rule.StoreId == 0);
        else if (storeId > 0)
            query = query.Where(rule => rule.StoreId == 0 || rule.StoreId == storeId);
        return await query.OrderBy(rule => rule.StoreId).ThenBy(rule => rule.TriggerId).ThenBy(rule => rule.Name).ThenBy(rule => rule.Id).ToListAsync();
    }

    public async Task<FollowUpRule> GetAsync(int id)
    {
        if (id <= 0 || await IsVendorAsync())
            return null;

        return await _rules.Table.FirstOrDefaultAsync(rule => rule.Id == id && !rule.Deleted);
    }

    public async Task<FollowUpRuleResult> SaveAsync(FollowUpRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await IsVendorAsync())
            return new FollowUpRuleResult { AccessDenied = true };

        FollowUpRule existing = null;
        if (input.Id > 0 && (existing = await GetAsync(input.Id)) == null)
            return new FollowUpRuleResult { NotFound = true, RuleId = input.Id };

        var errors = await CheckAsync(input);
        if (errors.Count > 0)
            return new FollowUpRuleResult { RuleId = input.Id, Errors = errors };

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var name = input.Name.Trim();
        var trigger = input.Trigger;
        var delayHours = (int)(input.DelayValue * (int)input.DelayUnit);
        var maxReminders = trigger == FollowUpTrigger.UnpaidOrder ? input.MaxReminders : 1;
        var countFromShipped = trigger == FollowUpTrigger.ReviewRequest && input.CountFromShipped;

        if (existing == null)
        {
            var rule = new FollowUpRule
            {
                Name = name, Trigger = trigger, ReplyId = input.ReplyId, DelayHours = delayHours, MaxReminders = maxReminders,
                CountFromShipped = countFromShipped, ConversionDays = input.ConversionDays, StoreId = input.StoreId,
                Active = false, Version = 1, CreatedOnUtc = now, UpdatedOnUtc = now
            };
            await _rules.InsertAsync(rule, false);
            return new FollowUpRuleResult { RuleId = rule.Id, Version = rule.Version };
        }

        var id = existing.Id;
        var readVersion = input.Version;
        var updated = await _rules.Table
            .Where(row => row.Id == id && row.Version == readVersion && !row.Deleted)
            .Set(row => row.Name, name)
            .Set(row => row.TriggerId, (int)trigger)
            .Set(row => row.ReplyId, input.ReplyId)
            .Set(row => row.DelayHours, delayHours)
            .Set(row => row.MaxReminders, maxReminders)
            .Set(row => row.CountFromShipped, countFromShipped)
            .Set(row => row.ConversionDays, input.ConversionDays)
            .Set(row => row.StoreId, input.StoreId)
            .Set(row => row.UpdatedOnUtc, now)
            .Set(row => row.Version, row => row.Version + 1)
            .UpdateAsync();

        return updated == 1
            ? new FollowUpRuleResult { RuleId = id, Version = readVersion + 1 }
            : new FollowUpRuleResult { RuleId = id, ResourceKey = Keys.ChangedMeanwhile };
    }

    public async Task<FollowUpRuleResult> SetActiveAsync(int id, bool active)
    {
        if (await IsVendorAsync())
            return new FollowUpRuleResult { AccessDenied = true };

        var rule = await GetAsync(id);
        if (rule == null)
            return new FollowUpRuleResult { NotFound = true, RuleId = id };
        if (rule.Active == active)
            return new FollowUpRuleResult { RuleId = id, Version = rule.Version };
        if (active && !await ReplyIsLiveAsync(rule.ReplyId))
            return new FollowUpRuleResult { RuleId = id, ResourceKey = Keys.ReplyDeleted };

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var query = _rules.Table.Where(row => row.Id == id && !row.Deleted && row.Active != active)
            .Set(row => row.Active, active)
            .Set(row => row.UpdatedOnUtc, now)
            .Set(row => row.Version, row => row.Version + 1);
        if (active)
            query = query.Set(row => row.ActivatedOnUtc, now);
        var updated = await query.UpdateAsync();
        return new FollowUpRuleResult { RuleId = id, Version = rule.Version + updated };
    }

    public async Task<FollowUpRuleResult> DeleteAsync(int id)
    {
        if (await IsVendorAsync())
            return new FollowUpRuleResult { AccessDenied = true };

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var updated = await _rules.Table.Where(row => row.Id == id && !row.Deleted)
            .Set(row => row.Deleted, true)
            .Set(row => row.Active, false)
            .Set(row => row.UpdatedOnUtc, now)
            .Set(row => row.Version, row => row.Version + 1)
            .UpdateAsync();
        return updated == 1 ? new FollowUpRuleResult { RuleId = id } : new FollowUpRuleResult { NotFound = true, RuleId = id };
    }

    /// <summary>Every problem of the input at once, as field errors with their message key and arguments.</summary>
    private async Task<List<ReplyFieldError>> CheckAsync(FollowUpRuleInput input)
    {
        var errors = new List<ReplyFieldError>();
        void Add(string field, string key, params object[] args) => errors.Add(new ReplyFieldError(field, key, args));

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            Add(nameof(FollowUpRuleInput.Name), Keys.NameRequired);
        else if (name.Length > FollowUpLimits.MaxNameLength)
            Add(nameof(FollowUpRuleInput.Name), Keys.NameTooLong, FollowUpLimits.MaxNameLength);

        if (!Enum.IsDefined(input.Trigger))
            Add(nameof(FollowUpRuleInput.Trigger), Keys.TriggerUnknown);

        // The range said in the form's own words: from 1 hour to 90 days.
        var delayHours = Enum.IsDefined(input.DelayUnit) ? input.DelayValue * (long)(int)input.DelayUnit : -1;
        if (delayHours < FollowUpLimits.MinDelayHours || delayHours > FollowUpLimits.MaxDelayHours)
            Add("Delay", Keys.DelayOutOfRange, FollowUpLimits.MinDelayHours, FollowUpLimits.MaxDelayHours / 24);

        if (input.ReplyId <= 0)
            Add(nameof(FollowUpRuleInput.ReplyId), Keys.ReplyRequired);
        else if (!await ReplyIsLiveAsync(input.ReplyId))
            Add(nameof(FollowUpRuleInput.ReplyId), Keys.ReplyDeleted);

        if (input.Trigger == FollowUpTrigger.UnpaidOrder && (input.MaxReminders < 1 || input.MaxReminders > FollowUpLimits.MaxReminders))
            Add(nameof(FollowUpRuleInput.MaxReminders), Keys.MaxRemindersOutOfRange, 1, FollowUpLimits.MaxReminders);

        if (input.ConversionDays < FollowUpLimits.MinConversionDays || input.ConversionDays > FollowUpLimits.MaxConversionDays)
            Add(nameof(FollowUpRuleInput.ConversionDays), Keys.ConversionDaysOutOfRange, FollowUpLimits.MinConversionDays, FollowUpLimits.MaxConversionDays);

        if (input.StoreId < 0 || input.StoreId > 0 && await _storeService.GetStoreByIdAsync(input.StoreId) == null)
            Add(nameof(FollowUpRuleInput.StoreId), Keys.StoreUnknown);

        return errors;
    }

    private async Task<bool> ReplyIsLiveAsync(int replyId) =>
        await _replies.Table.AnyAsync(reply => reply.Id == replyId && !reply.Deleted);

    private async Task<bool> IsVendorAsync() => await _workContext.GetCurrentVendorAsync() != null;
}
