using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Sending a reply: a queued email through nopCommerce (default email account) and/or an order note.
/// Idempotent by <see cref="ReplySendRequest.SendKey"/>: double click, two tabs or a retry send once.
/// </summary>
public interface IReplySendService
{
    Task<ReplySendResult> SendAsync(ReplySendRequest request);

    /// <summary>
    /// A reply sent by a follow-up rule (no current user): the email only, already rendered, through the same once-only
    /// steps as <see cref="SendAsync"/> (row under the unique send key first, QueuedEmail with the key's marker, resumed on
    /// retry, a lost email found by its marker); the send log row carries the rule.
    /// </summary>
    Task<ReplySendResult> SendAutomaticAsync(ReplyAutomaticSend send);
}
