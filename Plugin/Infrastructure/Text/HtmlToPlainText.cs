using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;

/// <summary>
/// HTML reduced to plain text, the one way the plugin does it (a rendered reply for an order note, nopCommerce's
/// attribute description for a printed packing slip): tags dropped (scripts and styles with their
/// content), entities decoded, paragraphs/line breaks/list items/table rows as new lines, a link as its words
/// followed by its address in brackets (unless the words are the address). nopCommerce encodes a note when it shows
/// it (OrderService.FormatOrderNoteText: HTML-encoded, new lines as &lt;br /&gt;), so the text is stored as plain
/// text: anything that looked like HTML shows as text, and nothing is encoded twice.
/// </summary>
public static partial class HtmlToPlainText
{
    private const char BlankMark = '\u0001';

    /// <summary>Lines of text: one per paragraph, line break, list item ("- ") or table row.</summary>
    public static string Convert(string html)
    {
        if (string.IsNullOrEmpty(html))
            return string.Empty;

        var text = ScriptOrStyle().Replace(html, string.Empty);
        text = Comment().Replace(text, string.Empty);
        text = Link().Replace(text, WithAddress);
        text = EmptyParagraph().Replace(text, "\n" + BlankMark + "\n");
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = CellEnd().Replace(text, " ");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());

        // Only empty paragraphs typed in the editor make blank lines; the new lines around blocks do not.
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
                continue;
            if (line == BlankMark.ToString())
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
                result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }

    /// <summary>
    /// The same text on one line, its lines joined by "; ": nopCommerce's attribute description
    /// ("Size: XL&lt;br /&gt;Colour: Red") becomes "Size: XL; Colour: Red".
    /// </summary>
    public static string OneLine(string html) =>
        string.Join("; ", Convert(html).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim().Trim(';').Trim()).Where(line => line.Length > 0));

    private static string WithAddress(Match link)
    {
        var address = link.Groups["address"].Value.Trim();
        var words = link.Groups["words"].Value;
        var plainWords = WebUtility.HtmlDecode(Tag().Replace(words, string.Empty)).Trim();
        return address.Length == 0 || plainWords == WebUtility.HtmlDecode(address) ? words : $"{words} ({address})";
    }

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*(?:""(?<address>[^""]*)""|'(?<address>[^']*)')[^>]*>(?<words>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<p\b[^>]*>(?:\s|&nbsp;|&#160;|<br\s*/?>)*</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|h[1-6]|tr|table|ul|ol|blockquote)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v]+")]
    private static partial Regex Spaces();
}
