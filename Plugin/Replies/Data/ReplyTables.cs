using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

/// <summary>Table and index names of the reply schema.</summary>
public static class ReplyTables
{
    public const string Reply = "MerchantOpsCannedReply";
    public const string Send = "MerchantOpsCannedReplySend";

    /// <summary>The database's guarantee that a send key is used once: double click, two tabs and retries send once.</summary>
    public const string SendKeyIndex = "UX_MerchantOpsCannedReplySend_SendKey";

    /// <summary>The database's guarantee that a live shortcut is unique per language and store.</summary>
    public const string ShortcutKeyIndex = "UX_MerchantOpsCannedReply_ShortcutKey";

    /// <summary>The picker and the library list: live, active replies of a language and store, in display order.</summary>
    public const string PickerIndex = "IX_MerchantOpsCannedReply_Picker";

    /// <summary>"languageId|storeId|" + a 100-character shortcut, or "#" + a Guid.</summary>
    public const int MaxShortcutKeyLength = 130;
}
