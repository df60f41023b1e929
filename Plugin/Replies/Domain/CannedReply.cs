using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>
/// A ready answer of the reply library (table MerchantOpsCannedReply). Replies with the same <see cref="Shortcut"/>
/// (or the same <see cref="SeedKey"/>) in different languages are versions of one answer (a "family").
/// Deleting is soft, so a seeded reply the owner deleted is never seeded again.
/// </summary>
public class CannedReply : BaseEntity
{
    public string Title { get; set; }

    /// <summary>Free text, e.g. "Shipping".</summary>
    public string Category { get; set; }

    /// <summary>Like "/late": a slash, then letters, digits, - and _; unique per language + store among non-deleted replies. May be empty.</summary>
    public string Shortcut { get; set; }

    public string Subject { get; set; }

    /// <summary>HTML from the rich editor, with nopCommerce's %Group.Name% tokens.</summary>
    public string Body { get; set; }

    /// <summary>0 = all languages.</summary>
    public int LanguageId { get; set; }

    /// <summary>0 = all stores.</summary>
    public int StoreId { get; set; }

    public bool Active { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>The seed this reply came from (e.g. "where-is-my-order"); null for the owner's own replies.</summary>
    public string SeedKey { get; set; }

    public bool Deleted { get; set; }

    /// <summary>
    /// "languageId|storeId|shortcut in lower case" while the reply is not deleted and has a shortcut, else
    /// "#" and a new Guid: never null (SQL Server allows one null per unique index), unique in the database, so two
    /// people saving the same shortcut at once cannot both win. Set by <see cref="RefreshShortcutKey"/>.
    /// </summary>
    public string ShortcutKey { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>The uniqueness key of a live shortcut; null when the reply has none.</summary>
    public static string ShortcutKeyOf(string shortcut, int languageId, int storeId) =>
        string.IsNullOrEmpty(shortcut) ? null : $"{languageId}|{storeId}|{shortcut.ToLowerInvariant()}";

    /// <summary>Call after changing Shortcut, LanguageId, StoreId or Deleted.</summary>
    public void RefreshShortcutKey()
    {
        var key = Deleted ? null : ShortcutKeyOf(Shortcut, LanguageId, StoreId);
        if (key != null)
            ShortcutKey = key;
        else if (ShortcutKey == null || !ShortcutKey.StartsWith('#'))
            ShortcutKey = "#" + Guid.NewGuid().ToString("N");
    }
}
