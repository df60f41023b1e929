namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>A rule's recent follow-ups, newest first, one page.</summary>
public record FollowUpSendsModel
{
    public int RuleId { get; init; }
    public string RuleName { get; init; }
    public IList<FollowUpSendRowModel> Rows { get; init; } = [];
    public int PageIndex { get; init; }
    public int TotalPages { get; init; }
    public int TotalCount { get; init; }
}

public record FollowUpSendRowModel
{
    public string Customer { get; init; }
    public string Target { get; init; }
    public string Status { get; init; }
    public string SkipReason { get; init; }
    public string SentOn { get; init; }
    public string ClickedOn { get; init; }
}
