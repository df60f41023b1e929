namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>A rule on the list with its results of the last 30 days; texts in the admin's language, encoded by the view.</summary>
public record FollowUpRuleRowModel
{
    public int Id { get; init; }
    public string Name { get; init; }
    public string Trigger { get; init; }
    public string Delay { get; init; }
    public string ReplyTitle { get; init; }
    public string Store { get; init; }
    public bool Active { get; init; }
    public int Sent { get; init; }
    public int Skipped { get; init; }
    public int Clicked { get; init; }
    public int Converted { get; init; }
    public string Revenue { get; init; }
}
