using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>nopCommerce's user-agent helper as the capture tests need it: a request is a search engine's when the test says so.</summary>
public sealed class FakeUserAgentHelper : IUserAgentHelper
{
    public bool SearchEngine { get; set; }

    public int Questions { get; private set; }

    public bool IsSearchEngine()
    {
        Questions++;
        return SearchEngine;
    }

    public bool IsMobileDevice() => false;
}
