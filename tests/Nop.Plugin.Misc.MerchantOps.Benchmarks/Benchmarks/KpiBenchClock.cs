namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Benchmarks;

/// <summary>A clock stopped at one instant, so every run rolls up the same days.</summary>
public sealed class KpiBenchClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc));
}
