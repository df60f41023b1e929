using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// The entry source of a visitor's day, from the first recorded page's request: its UTM parameters when it has a
/// <c>utm_source</c> (source, medium and campaign as given, trimmed, lower case), else the referrer's host (lower case,
/// without "www.", medium <see cref="KpiSources.ReferralMedium"/>) unless it is one of the store's own hosts (a page of
/// the store leading to another is no source), else <see cref="KpiSources.Direct"/>. Only the host of the referrer is
/// kept, never its path or query, and each value is cut to <see cref="KpiSources.ValueLength"/> characters.
/// </summary>
public readonly record struct KpiEntrySource(string Source, string Medium, string Campaign)
{
    public static KpiEntrySource Direct { get; } = new(KpiSources.Direct, string.Empty, string.Empty);

    /// <param name="ownHosts">The store's host names (any case, with or without "www."): referrers there are no source.</param>
    public static KpiEntrySource From(string utmSource, string utmMedium, string utmCampaign, string referrer, IEnumerable<string> ownHosts)
    {
        var source = Clean(utmSource);
        if (source.Length > 0)
            return new(source, Clean(utmMedium), Clean(utmCampaign));

        var host = ReferrerHost(referrer);
        if (host.Length == 0 || ownHosts.Any(own => NormalizeHost(own) == host))
            return Direct;
        return new(Cut(host), KpiSources.ReferralMedium, string.Empty);
    }

    /// <summary>The host of an http(s) referrer, lower case, without "www." and port; empty for anything else.</summary>
    public static string ReferrerHost(string referrer)
    {
        if (string.IsNullOrWhiteSpace(referrer) || !Uri.TryCreate(referrer.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return string.Empty;
        return NormalizeHost(uri.Host);
    }

    /// <summary>A host name compared as the capture compares them: trimmed, lower case, without a leading "www." or a port.</summary>
    public static string NormalizeHost(string host)
    {
        if (string.IsNullOrWhiteSpace(host))
            return string.Empty;
        host = host.Trim().ToLowerInvariant();
        var colon = host.IndexOf(':');
        if (colon >= 0 && host.IndexOf(':', colon + 1) < 0)
            host = host[..colon];
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string Clean(string value) => string.IsNullOrWhiteSpace(value) ? string.Empty : Cut(value.Trim().ToLowerInvariant());

    private static string Cut(string value) => value.Length > KpiSources.ValueLength ? value[..KpiSources.ValueLength] : value;
}
