namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Matches a scanned code against the items of the order being packed.</summary>
public static class ScanMatcher
{
    /// <param name="code">A code already cleaned by <see cref="ScanCode.Normalize"/>.</param>
    public static ScanMatch Match(IReadOnlyList<ScanLine> lines, string code)
    {
        var candidates = lines.Where(line => line.Codes.Any(candidate => ScanCode.Same(code, candidate))).ToList();
        if (candidates.Count == 0)
            return new ScanMatch(ScanMatchKind.NoMatch, null);

        // Lines sharing a code are the same article for the packer: tick the first one with units left.
        var open = candidates.FirstOrDefault(line => line.Remaining > 0);
        return open is null
            ? new ScanMatch(ScanMatchKind.OverQuantity, candidates[0])
            : new ScanMatch(ScanMatchKind.Matched, open);
    }

    /// <summary>True when the code identifies any of the articles, each given by its codes (for "item of another order in this batch").</summary>
    public static bool Identifies(IEnumerable<IReadOnlyList<string>> articleCodes, string code) =>
        articleCodes.Any(codes => codes.Any(candidate => ScanCode.Same(code, candidate)));
}
