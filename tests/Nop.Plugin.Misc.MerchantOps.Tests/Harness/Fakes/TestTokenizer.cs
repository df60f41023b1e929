using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// An ITokenizer that behaves like nopCommerce's Tokenizer (src/Libraries/Nop.Services/Messages/Tokenizer.cs),
/// written for the tests:
/// - a null or white-space template throws ArgumentException, null tokens ArgumentNullException;
/// - "%Key%" is replaced by the token's value, case-sensitively (the store default: CaseInvariantReplacement off),
///   each token once over the whole text, in the order of the list; unknown placeholders stay as typed;
/// - with htmlEncode the value is HTML-encoded unless the token is NeverHtmlEncoded (URLs, ready-made HTML);
/// - "%if (condition) text endif%" keeps the text when the condition holds, else drops the whole statement.
///   nopCommerce evaluates the condition with Dynamic LINQ after putting the token values in; this version knows
///   the forms its templates use: a boolean token, its negation with !, and == / != against a literal or a number.
///   Anything else is false (nopCommerce swallows evaluation errors the same way).
/// </summary>
public sealed partial class TestTokenizer : ITokenizer
{
    public string Replace(string template, IEnumerable<Token> tokens, bool htmlEncode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentNullException.ThrowIfNull(tokens);

        var list = tokens.ToList();
        template = ResolveConditions(template, list);

        foreach (var token in list)
        {
            var value = Convert.ToString(token.Value ?? string.Empty, CultureInfo.CurrentCulture) ?? string.Empty;
            if (htmlEncode && !token.NeverHtmlEncoded)
                value = WebUtility.HtmlEncode(value);
            template = template.Replace("%" + token.Key + "%", value, StringComparison.Ordinal);
        }

        return template;
    }

    private static string ResolveConditions(string template, IList<Token> tokens) =>
        Conditional().Replace(template, match => Holds(match.Groups["condition"].Value, tokens) ? match.Groups["text"].Value : string.Empty);

    private static bool Holds(string condition, IList<Token> tokens)
    {
        condition = condition.Trim();
        var comparison = Comparison().Match(condition);
        if (comparison.Success)
        {
            var left = ValueOf(comparison.Groups["key"].Value, tokens);
            if (left == null)
                return false;
            var right = comparison.Groups["literal"].Value.Trim().Trim('"');
            var equal = string.Equals(Convert.ToString(left, CultureInfo.InvariantCulture), right, StringComparison.Ordinal);
            return comparison.Groups["op"].Value == "==" ? equal : !equal;
        }

        var negated = condition.StartsWith('!');
        var single = SingleToken().Match(negated ? condition[1..].Trim() : condition);
        if (!single.Success || ValueOf(single.Groups["key"].Value, tokens) is not bool flag)
            return false;

        return negated ? !flag : flag;
    }

    private static object ValueOf(string key, IList<Token> tokens) =>
        tokens.FirstOrDefault(token => token.Key == key)?.Value;

    [GeneratedRegex(@"%if\s*\((?<condition>(?:[^()]|\([^()]*\))*)\)(?<text>.*?)endif%", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^%(?<key>[^%\s]+)%\s*(?<op>==|!=)\s*(?<literal>.+)$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^%(?<key>[^%\s]+)%$")]
    private static partial Regex SingleToken();
}
