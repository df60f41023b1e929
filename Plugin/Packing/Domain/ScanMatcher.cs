namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>An item of the order on the pack screen, with the codes that identify it.</summary>
public sealed record ScanLine(int ItemId, IReadOnlyList<string> Codes, int Quantity, int VerifiedQuantity)
{
    public int Remaining => Math.Max(0, Quantity - VerifiedQuantity);
}

public enum ScanMatchKind
{
    /// <summary>The code is an item of the order with units left to verify.</summary>
    Matched,

    /// <summary>The code is an item of the order, but every unit is already verified.</summary>
    OverQuantity,

    /// <summary>The code is no item of the order.</summary>
    NoMatch
}

public sealed record ScanMatch(ScanMatchKind Kind, ScanLine Line);

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
