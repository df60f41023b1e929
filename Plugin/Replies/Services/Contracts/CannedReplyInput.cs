using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>Every editable field of a reply. Id 0 inserts.</summary>
public class CannedReplyInput
{
    public int Id { get; set; }

    public string Title { get; set; }

    public string Category { get; set; }

    public string Shortcut { get; set; }

    public string Subject { get; set; }

    public string Body { get; set; }

    public int LanguageId { get; set; }

    public int StoreId { get; set; }

    public bool Active { get; set; } = true;

    public int DisplayOrder { get; set; }

    /// <summary>Writes the fields into the reply (save and CSV import), as of <paramref name="nowUtc"/>.</summary>
    public void ApplyTo(CannedReply reply, DateTime nowUtc)
    {
        reply.Title = Title;
        reply.Category = Category;
        reply.Shortcut = Shortcut;
        reply.Subject = Subject;
        reply.Body = Body;
        reply.LanguageId = LanguageId;
        reply.StoreId = StoreId;
        reply.Active = Active;
        reply.DisplayOrder = DisplayOrder;
        reply.UpdatedOnUtc = nowUtc;
        reply.RefreshShortcutKey();
    }
}
