namespace MerchantOps.HostApi;

/// <summary>The real source trees the list's items were checked in, by the prefix of their source column.</summary>
public static class HostApiSources
{
    /// <summary>Prefix, and what it stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Trees = new Dictionary<string, string>
    {
        ["nopCommerce:"] = "nopCommerce 4.90.3, commit 0c044d8 (Nop.Core, Nop.Data, Nop.Services, Nop.Web.Framework, Nop.Web)",
        ["linq2db:"] = "linq2db, tag v5.4.1 (the version nopCommerce 4.90.3 ships)",
        ["FluentMigrator:"] = "FluentMigrator, tag v7.1.0 (the version nopCommerce 4.90.3 ships)",
    };

    public static bool IsKnown(string source) =>
        Trees.Keys.Any(prefix => source.StartsWith(prefix, StringComparison.Ordinal) && source.Length > prefix.Length && source.EndsWith(".cs", StringComparison.Ordinal));
}
