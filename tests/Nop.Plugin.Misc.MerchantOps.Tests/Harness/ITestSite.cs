namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>A running web host of the tests that a browser test opens pages of.</summary>
public interface ITestSite : IAsyncDisposable
{
    /// <summary>http://127.0.0.1:&lt;port&gt;/, what the browser's relative URLs resolve against.</summary>
    Uri BaseAddress { get; }
}
