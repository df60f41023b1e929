using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>
/// The text the reply cards edit, and the HTML it stands for. The text has four rules, read the same way both ways:
/// <list type="bullet">
/// <item>a blank line starts a new paragraph (each further blank line is an empty paragraph); a single new line is a
/// line break;</item>
/// <item>lines starting with "- " (or "* ", "• ") are a bulleted list, "1. " (or "1)") a numbered one; two more
/// spaces in front nest an item one level deeper; an indented line without a marker continues the item above;</item>
/// <item>a web address (http://, https://) or a nopCommerce URL placeholder (%Store.URL%, %Order.OrderURLForCustomer%…)
/// is a link to itself; [words](target) links the words, the target being a web address, mailto:, tel: or a URL
/// placeholder (followed by a path if needed);</item>
/// <item>everything else is text: &amp;, &lt; and &gt; are encoded, so nothing typed becomes markup.</item>
/// </list>
/// Placeholders (%Order.OrderNumber%) go through untouched, for nopCommerce's tokenizer to fill (and encode) them.
/// </summary>
public static partial class ReplyBodyText
{
    private const string EmptyParagraph = "<p><br></p>";
    private const int IndentPerLevel = 2;

    // ---------- text → HTML ----------

    /// <summary>The HTML the text stands for; empty for a blank text.</summary>
    public static string ToHtml(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var lines = Normalize(text).Split('\n');
        var html = new StringBuilder();
        var blankLines = 0;
        var index = 0;
        while (index < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                blankLines++;
                index++;
                continue;
            }

            if (html.Length > 0)
                for (var extra = 1; extra < blankLines; extra++)
                    html.Append(EmptyParagraph);
            blankLines = 0;

            var start = index;
            while (index < lines.Length && !string.IsNullOrWhiteSpace(lines[index]))
                index++;
            AppendBlock(html, lines[start..index]);
        }

        return html.ToString();
    }

    /// <summary>Lines between blank lines: paragraphs, and lists where lines start with a marker.</summary>
    private static void AppendBlock(StringBuilder html, string[] lines)
    {
        var paragraph = new List<string>();
        var items = new List<ListItem>();

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
                return;
            html.Append("<p>").Append(string.Join("<br>", paragraph.Select(Inline))).Append("</p>");
            paragraph.Clear();
        }

        void FlushList()
        {
            if (items.Count == 0)
                return;
            AppendList(html, items);
            items.Clear();
        }

        foreach (var line in lines)
        {
            var marker = Marker().Match(line);
            if (marker.Success)
            {
                FlushParagraph();
                var number = marker.Groups["number"].Success ? int.Parse(marker.Groups["number"].Value) : 0;
                items.Add(new ListItem(IndentOf(marker.Groups["indent"].Value) / IndentPerLevel, marker.Groups["number"].Success,
                    number, new List<string> { marker.Groups["text"].Value.Trim() }));
            }
            else if (items.Count > 0 && char.IsWhiteSpace(line[0]))
                items[^1].Lines.Add(line.Trim());
            else
            {
                FlushList();
                paragraph.Add(line.Trim());
            }
        }

        FlushParagraph();
        FlushList();
    }

    private sealed record ListItem(int Depth, bool Ordered, int Number, List<string> Lines);

    private static void AppendList(StringBuilder html, List<ListItem> items)
    {
        // The lists open around the current item, outermost first.
        var open = new Stack<bool>();

        void Open(ListItem item) =>
            html.Append(!item.Ordered ? "<ul>" : item.Number == 1 ? "<ol>" : $"<ol start=\"{item.Number}\">");

        void Close() => html.Append("</li>").Append(open.Pop() ? "</ol>" : "</ul>");

        foreach (var item in items)
        {
            // At most one level deeper than the item above.
            var depth = Math.Min(item.Depth, open.Count);
            if (open.Count == 0 || depth == open.Count)
            {
                Open(item);
                open.Push(item.Ordered);
            }
            else
            {
                while (open.Count > depth + 1)
                    Close();
                if (open.Peek() != item.Ordered)
                {
                    Close();
                    Open(item);
                    open.Push(item.Ordered);
                }
                else
                    html.Append("</li>");
            }

            html.Append("<li>").Append(string.Join("<br>", item.Lines.Select(Inline)));
        }

        while (open.Count > 0)
            Close();
    }

    /// <summary>One line of text as HTML: links made, everything else encoded.</summary>
    private static string Inline(string line)
    {
        var html = new StringBuilder();
        var position = 0;
        foreach (Match match in InlineLink().Matches(line))
        {
            html.Append(EncodeText(line[position..match.Index]));
            position = match.Index + match.Length;

            if (match.Groups["label"].Success)
            {
                html.Append(Link(match.Groups["target"].Value, match.Groups["label"].Value));
                continue;
            }

            // A sentence's full stop or comma after an address is not part of it.
            var address = match.Value.TrimEnd(TrailingPunctuation);
            html.Append(Link(address, address)).Append(EncodeText(match.Value[address.Length..]));
        }

        return html.Append(EncodeText(line[position..])).ToString();
    }

    private static string Link(string target, string label) =>
        $"<a href=\"{EncodeAttribute(target)}\">{EncodeText(label)}</a>";

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '\'', '"'];

    /// <summary>Text content: only what could start markup or an entity is encoded (quotes stay, for %if% conditions).</summary>
    private static string EncodeText(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string EncodeAttribute(string text) =>
        EncodeText(text).Replace("\"", "&quot;").Replace("'", "&#39;");

    private static bool IsBareLink(string target) =>
        BareLink().IsMatch(target) && target.TrimEnd(TrailingPunctuation) == target;

    private static int IndentOf(string indent) => indent.Sum(c => c == '\t' ? IndentPerLevel : 1);

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    // ---------- HTML → text ----------

    /// <summary>The text of a reply's HTML (seeded, written in the library's rich editor or imported).</summary>
    public static ReplyEditableText FromHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return new ReplyEditableText(string.Empty, false);

        var writer = new TextBuilder();
        var withoutScripts = ScriptOrStyle().Replace(html, string.Empty);
        if (withoutScripts.Length != html.Length)
            writer.DropsFormatting = true;

        foreach (Match part in HtmlPart().Matches(withoutScripts))
        {
            if (part.Groups["comment"].Success)
                continue;
            if (part.Groups["text"].Success)
            {
                writer.Text(WebUtility.HtmlDecode(part.Groups["text"].Value));
                continue;
            }

            var name = part.Groups["name"].Value.ToLowerInvariant();
            var attributes = Attributes(part.Groups["attributes"].Value);
            if (part.Groups["close"].Success)
                writer.Close(name);
            else
                writer.Open(name, attributes);
        }

        return new ReplyEditableText(writer.Finish(), writer.DropsFormatting);
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attribute().Matches(text))
            attributes[attribute.Groups["name"].Value] = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
        return attributes;
    }

    /// <summary>Writes the text of an HTML fragment, element by element.</summary>
    private sealed class TextBuilder
    {
        private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
        {
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "hr", "section", "article",
            "header", "footer", "address", "center", "figure", "dl", "dt", "dd", "form", "fieldset", "body", "html"
        };

        // What the text has a rule for; "span" without attributes changes nothing either.
        private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "p", "br", "ul", "ol", "li", "a", "span" };

        private enum Mark
        {
            Line,

            /// <summary>A line break with nothing after it (br).</summary>
            EmptyLine,

            BlockEnd,
            EmptyParagraph
        }

        private readonly record struct Written(Mark Mark, string Text = null);

        private readonly List<Written> _output = new();
        private readonly StringBuilder _line = new();
        private readonly Stack<ListLevel> _lists = new();
        private string _itemPrefix;
        private string _itemIndent = string.Empty;
        private int _blockStart;
        private bool _blockHasBreak;
        private int _linkStart = -1;
        private string _linkTarget;

        public bool DropsFormatting { get; set; }

        private sealed class ListLevel
        {
            public bool Ordered { get; init; }
            public int Next { get; set; }
        }

        public void Text(string text)
        {
            foreach (var c in text)
            {
                var space = char.IsWhiteSpace(c);
                if (c == '\u00A0')
                    _blockHasBreak = true;
                if (space && (_line.Length == 0 || _line[^1] == ' '))
                    continue;
                _line.Append(space ? ' ' : c);
            }
        }

        public void Open(string name, Dictionary<string, string> attributes)
        {
            if (!Kept.Contains(name) || attributes.Keys.Any(attribute => !IsKeptAttribute(name, attribute)))
                DropsFormatting = true;

            switch (name)
            {
                case "br":
                    EndLine(force: true);
                    _blockHasBreak = true;
                    break;
                case "ul" or "ol":
                    EndLine();
                    if (_lists.Count == 0)
                        EndBlock();
                    var start = name == "ol" && attributes.TryGetValue("start", out var value) && int.TryParse(value, out var number) && number >= 0 ? number : 1;
                    _lists.Push(new ListLevel { Ordered = name == "ol", Next = start });
                    _itemPrefix = null;
                    break;
                case "li":
                    EndLine();
                    var level = _lists.Count > 0 ? _lists.Peek() : null;
                    var indent = new string(' ', Math.Max(0, _lists.Count - 1) * IndentPerLevel);
                    _itemPrefix = indent + (level?.Ordered == true ? $"{level.Next++}. " : "- ");
                    _itemIndent = indent + new string(' ', IndentPerLevel);
                    break;
                case "a":
                    _linkStart = _line.Length;
                    _linkTarget = attributes.TryGetValue("href", out var href) ? href.Trim() : null;
                    break;
                case "td" or "th" or "tr":
                    break;
                default:
                    if (Blocks.Contains(name))
                    {
                        if (InItem)
                            EndLine();
                        else
                            EndBlock();
                    }
                    break;
            }
        }

        public void Close(string name)
        {
            switch (name)
            {
                case "ul" or "ol":
                    EndLine();
                    if (_lists.Count > 0)
                        _lists.Pop();
                    _itemPrefix = null;
                    if (_lists.Count == 0)
                        EndBlock();
                    break;
                case "li":
                    EndLine();
                    _itemPrefix = null;
                    break;
                case "a":
                    EndLink();
                    break;
                case "td" or "th":
                    Text(" ");
                    break;
                case "tr":
                    EndLine();
                    break;
                default:
                    if (Blocks.Contains(name))
                    {
                        if (InItem)
                            EndLine();
                        else
                            EndBlock();
                    }
                    break;
            }
        }

        public string Finish()
        {
            EndBlock();

            // Blocks apart by a blank line, each empty paragraph one blank line more; none at the start or the end.
            var text = new StringBuilder();
            var emptyParagraphs = 0;
            var blockEnded = false;
            foreach (var written in _output)
            {
                switch (written.Mark)
                {
                    case Mark.BlockEnd:
                        blockEnded = true;
                        continue;
                    case Mark.EmptyParagraph:
                        emptyParagraphs++;
                        continue;
                }

                if (text.Length > 0)
                    text.Append(blockEnded ? "\n\n" + new string('\n', emptyParagraphs) : "\n");
                text.Append(written.Text);
                (blockEnded, emptyParagraphs) = (false, 0);
            }

            return text.ToString();
        }

        private bool InItem => _lists.Count > 0;

        private static bool IsKeptAttribute(string element, string attribute) =>
            element == "a" && attribute is "href" or "target" or "rel"
            || element == "ol" && attribute == "start";

        /// <summary>The link becomes its target (if that is its text) or [text](target); one the text cannot carry keeps its words.</summary>
        private void EndLink()
        {
            var start = _linkStart;
            _linkStart = -1;
            // A line break inside the link: its words are on two lines.
            if (start < 0 || start > _line.Length)
            {
                DropsFormatting = true;
                return;
            }

            var words = _line.ToString(start, _line.Length - start);
            var label = words.Trim();
            var target = _linkTarget;
            if (string.IsNullOrEmpty(target) || label.Length == 0)
            {
                DropsFormatting = true;
                return;
            }

            if (label == target && IsBareLink(target))
                return;

            if (!LinkTarget().IsMatch(target) || label.Contains('[') || label.Contains(']'))
            {
                DropsFormatting = true;
                return;
            }

            _line.Length = start;
            if (words.StartsWith(' '))
                _line.Append(' ');
            _line.Append('[').Append(label).Append("](").Append(target).Append(')');
            if (words.EndsWith(' '))
                _line.Append(' ');
        }

        private void EndLine(bool force = false)
        {
            if (_linkStart >= 0)
                _linkStart = int.MaxValue;

            var text = _line.ToString().Trim();
            _line.Clear();
            if (text.Length == 0 && !force)
                return;

            // An empty line inside a list item shows nothing.
            if (InItem)
            {
                if (text.Length == 0)
                    return;
                _output.Add(new Written(Mark.Line, (_itemPrefix ?? _itemIndent) + text));
                _itemPrefix = null;
            }
            else
                _output.Add(text.Length > 0 ? new Written(Mark.Line, text) : new Written(Mark.EmptyLine));
        }

        /// <summary>
        /// Ends the paragraph (or list): line breaks at its start or end show nothing, one inside it is a new
        /// paragraph, and a paragraph with only breaks or non-breaking spaces in it is an empty paragraph.
        /// </summary>
        private void EndBlock()
        {
            EndLine();
            var lines = _output.GetRange(_blockStart, _output.Count - _blockStart);
            _output.RemoveRange(_blockStart, lines.Count);

            var first = lines.FindIndex(line => line.Mark == Mark.Line);
            if (first < 0)
            {
                if (lines.Count > 0 || _blockHasBreak)
                    _output.Add(new Written(Mark.EmptyParagraph));
            }
            else
            {
                var last = lines.FindLastIndex(line => line.Mark == Mark.Line);
                for (var index = first; index <= last; index++)
                    _output.Add(lines[index].Mark == Mark.Line ? lines[index] : new Written(Mark.BlockEnd));
                _output.Add(new Written(Mark.BlockEnd));
            }

            _blockStart = _output.Count;
            _blockHasBreak = false;
        }
    }

    // ---------- patterns ----------

    private const string UrlPlaceholder = @"%[A-Za-z][A-Za-z0-9_.]*URL[A-Za-z0-9_]*%";

    /// <summary>[words](target), a web address, or a URL placeholder.</summary>
    [GeneratedRegex(@"\[(?<label>[^\[\]\n]+)\]\((?<target>(?:https?://|mailto:|tel:|" + UrlPlaceholder + @")[^()\s]*)\)|https?://[^\s<>""\[\]()]+|" + UrlPlaceholder)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^(?:https?://[^\s<>""\[\]()]+|" + UrlPlaceholder + ")$")]
    private static partial Regex BareLink();

    [GeneratedRegex(@"^(?:https?://|mailto:|tel:|" + UrlPlaceholder + @")[^()\s]*$")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:[-*•]|(?<number>\d{1,3})[.)])[ \t]+(?<text>\S.*)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"(?<comment><!--.*?-->)|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>|(?<text>[^<]+|<)", RegexOptions.Singleline)]
    private static partial Regex HtmlPart();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+)))?")]
    private static partial Regex Attribute();
}
