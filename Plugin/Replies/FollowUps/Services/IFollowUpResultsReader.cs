using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>Per rule results of the follow-ups sent from <paramref name="fromUtc"/> to <paramref name="toUtc"/> (one statement per figure, all rules at once).</summary>
public interface IFollowUpResultsReader
{
    Task<IReadOnlyDictionary<int, FollowUpRuleResults>> GetAsync(IReadOnlyCollection<int> ruleIds, DateTime fromUtc, DateTime toUtc);
}
