using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>Shortcuts like "/late": a slash, then letters (any alphabet), digits, - and _.</summary>
public static partial class ReplyShortcut
{
    /// <summary>Trimmed; "late" becomes "/late"; empty becomes null.</summary>
    public static string Normalize(string shortcut)
    {
        if (string.IsNullOrWhiteSpace(shortcut))
            return null;

        shortcut = shortcut.Trim();
        return shortcut.StartsWith('/') ? shortcut : "/" + shortcut;
    }

    /// <summary>True for a normalized shortcut of the allowed form (null is valid: no shortcut).</summary>
    public static bool IsValid(string normalized) =>
        normalized == null || (normalized.Length <= ReplyLimits.MaxShortcutLength && Shape().IsMatch(normalized));

    [GeneratedRegex(@"^/[\p{L}\p{Nd}_-]+$")]
    private static partial Regex Shape();
}
