namespace Nop.Services.Helpers;

// Real source: src/Libraries/Nop.Services/Helpers/IUserAgentHelper.cs
// Stand-in: the interface only; nopCommerce's UserAgentHelper (crawler list matched against the request's User-Agent)
// is not reproduced: tests register their own answer.
/// <summary>What the current request's User-Agent says about the client.</summary>
public partial interface IUserAgentHelper
{
    /// <summary>Whether the request comes from a search engine's crawler.</summary>
    bool IsSearchEngine();

    /// <summary>Whether the request comes from a mobile device.</summary>
    bool IsMobileDevice();
}
