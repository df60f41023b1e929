using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>
/// What a save, an activation or a delete did. Refused: <see cref="Errors"/> (per field, nothing written) or
/// <see cref="ResourceKey"/> (the whole form: changed by someone else meanwhile, not found); <see cref="AccessDenied"/> for a vendor.
/// </summary>
public class FollowUpRuleResult
{
    public bool Succeeded => !AccessDenied && !NotFound && ResourceKey == null && Errors.Count == 0;

    public bool AccessDenied { get; init; }

    public bool NotFound { get; init; }

    public int RuleId { get; init; }

    /// <summary>The rule's version after the save.</summary>
    public int Version { get; init; }

    public string ResourceKey { get; init; }

    public IReadOnlyList<ReplyFieldError> Errors { get; init; } = [];
}
