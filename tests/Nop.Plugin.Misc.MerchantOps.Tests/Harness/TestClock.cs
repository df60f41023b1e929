namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public TestClock(DateTime utcNow)
    {
        UtcNow = utcNow;
    }

    public DateTime UtcNow { get; set; }

    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(UtcNow, DateTimeKind.Utc));

    public TestClock Advance(TimeSpan by)
    {
        UtcNow += by;
        return this;
    }
}
