using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using System.Text;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// What a barcode scanner (a keyboard wedge) types, cleaned: scanners add Enter, Tab or the GS1 group separator,
/// and a person may paste spaces around the code.
/// </summary>
public static class ScanCode
{
    /// <summary>The code without control characters and surrounding spaces; null when nothing is left.</summary>
    public static string Normalize(string scanned)
    {
        if (string.IsNullOrEmpty(scanned))
            return null;

        var builder = new StringBuilder(Math.Min(scanned.Length, PackingLimits.MaxCodeLength + 1));
        foreach (var character in scanned)
        {
            if (!char.IsControl(character))
                builder.Append(character);
            if (builder.Length > PackingLimits.MaxCodeLength)
                break;
        }

        var code = builder.ToString().Trim();
        return code.Length == 0 ? null : code;
    }

    /// <summary>Too long to be any SKU, GTIN or part number nopCommerce can store.</summary>
    public static bool IsTooLong(string normalized) => normalized?.Length > PackingLimits.MaxCodeLength;

    /// <summary>
    /// Case-insensitive, as PostgreSQL stores compare them; numeric codes also match with or without the leading
    /// zeros that turn a UPC-A or EAN-13 into a GTIN-14.
    /// </summary>
    public static bool Same(string code, string candidate)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(candidate))
            return false;

        candidate = candidate.Trim();
        if (string.Equals(code, candidate, StringComparison.OrdinalIgnoreCase))
            return true;

        return IsDigits(code) && IsDigits(candidate) && code.TrimStart('0') == candidate.TrimStart('0');
    }

    /// <summary>Safe to keep in the audit trail: cut to a sensible length.</summary>
    public static string ForLog(string scanned) =>
        TextTruncation.Truncate(Normalize(scanned), PackingLimits.MaxLoggedCodeLength);

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
