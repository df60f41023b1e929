using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

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
