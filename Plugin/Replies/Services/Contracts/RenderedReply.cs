namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class RenderedReply
{
    public bool Found { get; init; }

    public string Subject { get; init; }

    /// <summary>HTML: the template's own HTML, with token values encoded.</summary>
    public string Body { get; init; }

    /// <summary>The language the tokens were rendered in.</summary>
    public int LanguageId { get; init; }

    public string ToEmail { get; init; }

    public string ToName { get; init; }

    /// <summary>Placeholders in the subject or body that are not allowed tokens (left as typed).</summary>
    public IList<string> UnknownTokens { get; init; } = new List<string>();

    /// <summary>Resource keys of warnings: no shipment yet, no email address, no email account.</summary>
    public IList<string> WarningKeys { get; init; } = new List<string>();
}
