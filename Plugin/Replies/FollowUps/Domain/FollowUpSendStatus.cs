namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>Where a follow-up's claim stands (stored as <see cref="FollowUpSend.StatusId"/>).</summary>
public enum FollowUpSendStatus
{
    /// <summary>Claimed by a run (<see cref="FollowUpSend.ClaimToken"/>), not queued yet; a lapsed claim is taken over by the next run.</summary>
    Claimed = 10,

    /// <summary>The email is queued (the reply send row and nopCommerce's QueuedEmail exist): final.</summary>
    Queued = 20,

    /// <summary>Not sent, for good, with the reason in <see cref="FollowUpSend.SkipReason"/> (shown in the log).</summary>
    Skipped = 30
}
