using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Sending a reply: a queued email through nopCommerce (default email account) and/or an order note.
/// Idempotent by <see cref="ReplySendRequest.SendKey"/>: double click, two tabs or a retry send once.
/// </summary>
public interface IReplySendService
{
    Task<ReplySendResult> SendAsync(ReplySendRequest request);
}
