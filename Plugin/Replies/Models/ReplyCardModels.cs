using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>
/// The replies card of nopCommerce's order page (OrderId > 0) or customer page (OrderId = 0). It sits inside
/// nopCommerce's own order/customer form, so its fields have no names (nothing of it is posted with that form) and it
/// talks to the plugin through AJAX only.
/// </summary>
public record ReplyCardModel
{
    public int OrderId { get; set; }
    public int CustomerId { get; set; }
    public bool FromOrder => OrderId > 0;

    /// <summary>Idempotency key of the next send: a double click, a second tab or a retry send once.</summary>
    public Guid SendKey { get; set; }

    public string CustomerName { get; set; }
    public string CustomerEmail { get; set; }
    public bool HasEmail => !string.IsNullOrWhiteSpace(CustomerEmail);

    /// <summary>The language the customer reads (their own, else the order's, else the store's).</summary>
    public int CustomerLanguageId { get; set; }

    public IList<SelectListItem> AvailableLanguages { get; set; } = new List<SelectListItem>();
    public IList<ReplyTokenModel> Tokens { get; set; } = new List<ReplyTokenModel>();
}

/// <summary>What the card posts: the reply chosen, the target, and the subject and text as edited.</summary>
public record ReplyCardRequestModel : BaseNopModel
{
    public Guid SendKey { get; set; }
    public int ReplyId { get; set; }
    public int OrderId { get; set; }
    public int CustomerId { get; set; }

    /// <summary>0 = the customer's language.</summary>
    public int LanguageId { get; set; }

    /// <summary>True when Subject/BodyText hold the template as edited; false to start from the reply's own text.</summary>
    public bool Edited { get; set; }

    [NoTrim]
    public string Subject { get; set; }

    /// <summary>
    /// The body as TEXT (ReplyBodyText: blank line = paragraph, "- "/"1. " = list, addresses = links), never HTML:
    /// the server makes the HTML, encoding what was typed.
    /// </summary>
    [NoTrim]
    public string BodyText { get; set; }

    public bool SendEmail { get; set; }
    public bool AddOrderNote { get; set; }
    public bool NoteVisibleToCustomer { get; set; }
}

/// <summary>A row of the picker.</summary>
public record ReplyPickModel(int Id, string Title, string Category, string Shortcut, string Language);

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

/// <summary>The answer to a send; NextSendKey is the key of the next reply once this one went out.</summary>
public record ReplySendAnswerModel(bool Succeeded, bool AlreadySent, string Message, Guid NextSendKey);
