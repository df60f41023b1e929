using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// The current user's secret calendar feed (.ics), the plugin's only anonymous page: the token in the URL is the
/// feed's public key and a secret of 256 random bits; only the secret's SHA-256 is stored, compared in constant time.
/// </summary>
public interface IPlannerFeedService
{
    /// <summary>A new token for the current user (shown once); replaces any earlier one, whose URL stops working.</summary>
    Task<PlannerFeedSecretResult> CreateOrRotateAsync();

    Task<PlannerResult> RevokeAsync();

    Task<bool> HasFeedAsync();

    /// <summary>The customer id the token opens, or 0 (unknown key, wrong or rotated secret, malformed token).</summary>
    Task<int> VerifyAsync(string token);

    /// <summary>
    /// The .ics of the token's owner, or null when the token opens nothing or its owner may no longer use the planner:
    /// the blocks assigned to them in the stores that exist, of their vendor, with VTIMEZONE, the series' stable UIDs,
    /// skipped occurrences as EXDATE and moved ones as RECURRENCE-ID.
    /// </summary>
    Task<string> BuildAsync(string token);
}
