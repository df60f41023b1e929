namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>The preview: the template (to edit) and what the customer will get (rendered with the real data).</summary>
public record ReplyPreviewModel
{
    public bool Found { get; set; }
    public string Error { get; set; }
    public int ReplyId { get; set; }
    public int LanguageId { get; set; }
    public string LanguageName { get; set; }

    /// <summary>Said when the customer's language had no version of the reply.</summary>
    public string FallbackMessage { get; set; }

    public string TemplateSubject { get; set; }

    /// <summary>The body to edit, as text (no tags).</summary>
    public string TemplateBodyText { get; set; }

    /// <summary>Said when the reply has formatting the text cannot show (kept only while the text is unchanged).</summary>
    public string FormattingNotice { get; set; }

    public string Subject { get; set; }

    /// <summary>The e-mail body as HTML, token values encoded by nopCommerce's tokenizer; shown in a sandboxed frame.</summary>
    public string BodyHtml { get; set; }

    public string ToEmail { get; set; }
    public string ToName { get; set; }
    public IList<string> UnknownTokens { get; set; } = new List<string>();
    public IList<string> Warnings { get; set; } = new List<string>();
}
