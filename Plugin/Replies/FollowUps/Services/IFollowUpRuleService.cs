using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The follow-up rules as the admin page edits them. Rules are store-wide: a vendor reads nothing (empty list, null) and
/// changes nothing (<see cref="FollowUpRuleResult.AccessDenied"/>). Bad input comes back as resource keys, never thrown.
/// </summary>
public interface IFollowUpRuleService
{
    /// <summary>Rules not deleted; <paramref name="storeId"/> -1 every rule, 0 the "every store" rules, &gt;0 that store's and the "every store" ones.</summary>
    Task<IReadOnlyList<FollowUpRule>> ListAsync(int storeId = -1);

    /// <summary>The rule, null if missing or deleted (or for a vendor).</summary>
    Task<FollowUpRule> GetAsync(int id);

    /// <summary>Checks and saves; an existing rule only if its version is still <see cref="FollowUpRuleInput.Version"/>.</summary>
    Task<FollowUpRuleResult> SaveAsync(FollowUpRuleInput input);

    /// <summary>Switches a rule on (stamps <see cref="FollowUpRule.ActivatedOnUtc"/>; refused while its reply is deleted) or off.</summary>
    Task<FollowUpRuleResult> SetActiveAsync(int id, bool active);

    /// <summary>Soft delete: the rule stops, its follow-ups stay in the log, a seeded rule is never seeded again.</summary>
    Task<FollowUpRuleResult> DeleteAsync(int id);
}
