using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>
/// The %Group.Name% placeholders of nopCommerce's message tokens in a reply. nopCommerce's tokenizer replaces them
/// case-sensitively (its default), so "%order.ordernumber%" is not "%Order.OrderNumber%": it would stay as typed,
/// and is reported as unknown. "50%", "%%" and nopCommerce's "%if (…) … endif%" statements are not placeholders.
/// </summary>
public static partial class ReplyTokens
{
    /// <summary>The distinct placeholders of the text, with their percent signs, in order of appearance.</summary>
    public static IReadOnlyList<string> FindPlaceholders(string text)
    {
        if (string.IsNullOrEmpty(text))
            return Array.Empty<string>();

        return Placeholder().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Placeholders of the texts that are not in <paramref name="allowedTokens"/> (placeholders with percent signs).</summary>
    public static IReadOnlyList<string> FindUnknown(string text, IEnumerable<string> allowedTokens) =>
        FindUnknown(new[] { text }, allowedTokens);

    public static IReadOnlyList<string> FindUnknown(IEnumerable<string> texts, IEnumerable<string> allowedTokens)
    {
        var allowed = new HashSet<string>(allowedTokens ?? Array.Empty<string>(), StringComparer.Ordinal);
        return texts.SelectMany(FindPlaceholders).Distinct(StringComparer.Ordinal).Where(token => !allowed.Contains(token)).ToList();
    }

    /// <summary>"%Order.OrderNumber%" → "Order.OrderNumber" (the key of nopCommerce's Token).</summary>
    public static string KeyOf(string placeholder) => placeholder.Trim('%');

    /// <summary>A group name, then one or more dot-separated names (letters, digits, _, and the "(s)" of Product(s)).</summary>
    [GeneratedRegex(@"%[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+(?:\([A-Za-z]*\))?)+%")]
    private static partial Regex Placeholder();
}
