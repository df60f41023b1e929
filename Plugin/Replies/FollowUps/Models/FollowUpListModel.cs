namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>The follow-ups page: the rules with their results, and the safety settings.</summary>
public record FollowUpListModel
{
    public IList<FollowUpRuleRowModel> Rules { get; init; } = [];
    public FollowUpSafetyModel Safety { get; set; }

    /// <summary>The results' period, in the admin's words ("from … to …").</summary>
    public string ResultsPeriod { get; init; }
}
