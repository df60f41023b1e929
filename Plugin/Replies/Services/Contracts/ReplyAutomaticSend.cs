namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>
/// A reply sent by software (a follow-up rule's schedule task), already rendered: the same once-only path as a
/// person's send (<see cref="SendKey"/>), but nobody is signed in, no order note is written, and the send log row is
/// marked with <see cref="FollowUpRuleId"/>.
/// </summary>
public class ReplyAutomaticSend
{
    /// <summary>Made by the caller once per message and kept (the follow-up's claim): a retry with it resumes, never sends twice.</summary>
    public Guid SendKey { get; init; }

    public int FollowUpRuleId { get; init; }

    /// <summary>The version of the reply that was rendered.</summary>
    public int ReplyId { get; init; }

    /// <summary>The order it is about (kept in the send log; no note is written), 0 for none.</summary>
    public int OrderId { get; init; }

    public int CustomerId { get; init; }

    public int LanguageId { get; init; }

    public string ToEmail { get; init; }

    public string ToName { get; init; }

    /// <summary>Plain text (a header), tokens already replaced.</summary>
    public string Subject { get; init; }

    /// <summary>HTML, tokens already replaced with encoded values.</summary>
    public string Body { get; init; }
}
