using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>A rule as the form sends it (Id 0: a new rule); <see cref="Version"/> is the one the form read.</summary>
public class FollowUpRuleInput
{
    public int Id { get; init; }

    public int Version { get; init; }

    public string Name { get; init; }

    public FollowUpTrigger Trigger { get; init; }

    /// <summary>The delay as typed, in <see cref="DelayUnit"/>.</summary>
    public long DelayValue { get; init; }

    public FollowUpDelayUnit DelayUnit { get; init; }

    public int ReplyId { get; init; }

    public int MaxReminders { get; init; } = 1;

    public bool CountFromShipped { get; init; }

    public int ConversionDays { get; init; } = 7;

    public int StoreId { get; init; }
}
