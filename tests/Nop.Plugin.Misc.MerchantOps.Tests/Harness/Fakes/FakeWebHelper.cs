using Microsoft.AspNetCore.Http;
using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>Answers from the current request (store location = scheme://host/pathbase/).</summary>
public sealed class FakeWebHelper : IWebHelper
{
    private readonly IHttpContextAccessor _httpContextAccessor;

    public FakeWebHelper(IHttpContextAccessor httpContextAccessor)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    private HttpRequest Request => _httpContextAccessor.HttpContext?.Request;

    public string GetStoreLocation(bool? useSsl = null)
    {
        var request = Request;
        if (request == null)
            return "http://127.0.0.1/";
        var scheme = useSsl == true ? "https" : request.Scheme;
        return $"{scheme}://{request.Host}{request.PathBase}/";
    }

    public string GetCurrentIpAddress() => _httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    public string GetUrlReferrer() => Request?.Headers.Referer.ToString() ?? string.Empty;

    public bool IsStaticResource() =>
        Request?.Path.Value is { } path && Path.HasExtension(path) && !path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);
}
