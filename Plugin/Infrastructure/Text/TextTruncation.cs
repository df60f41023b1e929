namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;

/// <summary>Text cut to a column's size: notes, codes, subjects and messages that must be kept, not refused.</summary>
public static class TextTruncation
{
    /// <summary>The first <paramref name="maxLength"/> characters; null stays null.</summary>
    public static string Truncate(string value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
