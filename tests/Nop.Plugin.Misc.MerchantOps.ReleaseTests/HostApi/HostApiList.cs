namespace MerchantOps.HostApi;

/// <summary>
/// One thing the compiled plugin takes from the host's API: a type, a member signature, a constant, enum or default
/// value baked into its IL, or a contract it implements. <see cref="Source"/> says where the value was checked in the
/// real source ("nopCommerce:src/Libraries/Nop.Core/BaseEntity.cs").
/// </summary>
/// <param name="Kind">type, method, field, const, enum, default, named, inherits, implements or override.</param>
public sealed record HostApiItem(string Kind, string Member, string Value, string Source = "")
{
    /// <summary>The item without its source: what the plugin compiled against.</summary>
    public string Key => $"{Kind}\t{Member}\t{Value}";

    public override string ToString() => $"{Kind}\t{Member}\t{Value}\t{Source}";
}

/// <summary>The checked-in list: one tab-separated item a line (kind, member, value, source); '#' starts a comment.</summary>
public static class HostApiList
{
    public const string FileName = "host-api-used.txt";

    public static readonly IReadOnlyList<string> Header =
    [
        "# What Nop.Plugin.Misc.MerchantOps.dll, compiled against the stand-in (tests/NopStandIn), takes from the API of",
        "# the store it runs in: every type and member signature its metadata references, every constant, enum and",
        "# default value the compiler copied into its IL, every named argument, and every host class or interface its",
        "# types build on with the members they override. Written by tools/HostApiCheck after it found each item, with",
        "# the same kind, signature and value, in the real source named in the last column:",
        "#   nopCommerce:    nopCommerce 4.90.3, commit 0c044d8",
        "#   linq2db:        linq2db v5.4.1 and FluentMigrator: FluentMigrator v7.1.0, the versions nopCommerce 4.90.3",
        "#                   ships (the stand-in compiles against linq2db 6.5.1 and FluentMigrator 8.0.1)",
        "# The release tests (HostApi/HostApiUsageTests) fail when the plugin takes something not listed here, or the",
        "# stand-in gives it another value. Columns, tab-separated: kind, member, value, where it was checked.",
    ];

    public static IReadOnlyList<HostApiItem> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => parts.Length == 4
                ? new HostApiItem(parts[0], parts[1], parts[2], parts[3])
                : throw new FormatException($"{path}: not four tab-separated fields: {string.Join("\\t", parts)}"))
            .ToList();

    /// <summary>The items in the list's order: by member, then kind, then value.</summary>
    public static IEnumerable<HostApiItem> Sorted(IEnumerable<HostApiItem> items) =>
        items.OrderBy(i => i.Member, StringComparer.Ordinal).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Value, StringComparer.Ordinal);
}
