using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ReplySendLogRow
{
    public int SendId { get; init; }

    public DateTime CreatedOnUtc { get; init; }

    public int SentByCustomerId { get; init; }

    public string SentByName { get; init; }

    public int ReplyId { get; init; }

    public string ReplyTitle { get; init; }

    public int OrderId { get; init; }

    public string OrderNumber { get; init; }

    public int CustomerId { get; init; }

    public string ToEmail { get; init; }

    public bool SentAsEmail { get; init; }

    public bool AddedAsNote { get; init; }

    public ReplyEmailStatus EmailStatus { get; init; }

    /// <summary>The follow-up rule that sent it automatically (null: a person sent it).</summary>
    public int? FollowUpRuleId { get; init; }

    /// <summary>That rule's name (null when the rule is gone); typed by the owner: encode it when shown.</summary>
    public string FollowUpRuleName { get; init; }

    /// <summary>Resource key of the failure, null when fine.</summary>
    public string Error { get; init; }
}
