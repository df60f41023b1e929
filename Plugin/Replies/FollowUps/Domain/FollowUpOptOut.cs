using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>
/// A customer who unsubscribed from follow-ups (table MerchantOpsFollowUpOptOut, unique per customer): every rule skips
/// them. Written by the signed unsubscribe link, which works without logging in; a second click changes nothing.
/// </summary>
public class FollowUpOptOut : BaseEntity
{
    public int CustomerId { get; set; }

    /// <summary>The follow-up whose link was used (0 when unknown).</summary>
    public int FollowUpSendId { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
