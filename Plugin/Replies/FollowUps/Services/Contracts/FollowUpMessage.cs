namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>A follow-up rendered for one customer: the reply in their language with nopCommerce's tokens, and the rule's links.</summary>
public class FollowUpMessage
{
    /// <summary>Null when it can be sent; else a resource key saying why not (reply deleted, no email address …).</summary>
    public string SkipReason { get; init; }

    public int ReplyId { get; init; }

    public int LanguageId { get; init; }

    /// <summary>The reply had no version in the customer's language: another was used (shown in the dry run and the log).</summary>
    public bool FellBack { get; init; }

    public string ToEmail { get; init; }

    public string ToName { get; init; }

    /// <summary>Plain text (a header): encode it when shown.</summary>
    public string Subject { get; init; }

    /// <summary>HTML, values encoded; show only in a sandboxed iframe.</summary>
    public string Body { get; init; }
}
