namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// A new feed secret: <see cref="Token"/> goes into the feed URL and is shown once (only its hash is stored); a new
/// one replaces the old, whose URL stops working.
/// </summary>
public record PlannerFeedSecretResult(string Token, string ResourceKey);
