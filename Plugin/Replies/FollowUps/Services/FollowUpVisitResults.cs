using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>Where a tracked link leads once checked: the store's home page unless the target is the follow-up's own.</summary>
public sealed record FollowUpDestination(FollowUpLinkTargetKind? Kind, int OrderId = 0, Product Product = null)
{
    public static FollowUpDestination Home { get; } = new((FollowUpLinkTargetKind?)null);

    public bool IsHome => Kind == null;
}

/// <summary>What the unsubscribe link's checks found.</summary>
public enum FollowUpUnsubscribeState
{
    /// <summary>A tampered or cut link, or a customer who does not exist (or was deleted): nothing is written.</summary>
    Invalid = 0,

    /// <summary>The link is good and the customer still receives follow-ups (the page offers the button).</summary>
    Subscribed = 10,

    /// <summary>The customer is unsubscribed already (a replay, a double click, another email's link).</summary>
    AlreadyUnsubscribed = 20,

    /// <summary>This request unsubscribed the customer.</summary>
    Unsubscribed = 30
}
