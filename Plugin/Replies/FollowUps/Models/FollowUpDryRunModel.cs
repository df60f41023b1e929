namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>Who would get a rule's follow-up now, and a rendered sample; every text raw, encoded by the view.</summary>
public record FollowUpDryRunModel
{
    public int RuleId { get; init; }
    public string RuleName { get; init; }
    public bool Active { get; init; }
    public string TimeZone { get; init; }
    public bool Truncated { get; init; }
    public IList<FollowUpDryRunRowModel> Rows { get; init; } = [];

    /// <summary>The sample's customer and target (null: nobody to show).</summary>
    public string SampleFor { get; init; }
    public string SampleSubject { get; init; }

    /// <summary>HTML: only ever put in the sandboxed iframe's srcdoc attribute (encoded as an attribute value).</summary>
    public string SampleBody { get; init; }
    public bool SampleFellBack { get; init; }
    public string SampleSkipReason { get; init; }
    public bool CanSendTest { get; init; }
    public string TestRecipient { get; init; }
}

public record FollowUpDryRunRowModel
{
    public string CustomerName { get; init; }
    public string CustomerEmail { get; init; }
    public string Target { get; init; }
    public string Reason { get; init; }
    public string Hold { get; init; }
    public bool Sendable { get; init; }
    public string PlannedOn { get; init; }
}
