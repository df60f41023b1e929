namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>The unit the rule form takes the delay in (the rule stores hours).</summary>
public enum FollowUpDelayUnit
{
    Hours = 1,
    Days = 24
}
