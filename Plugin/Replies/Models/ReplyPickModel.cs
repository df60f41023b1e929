namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>A row of the picker.</summary>
public record ReplyPickModel(int Id, string Title, string Category, string Shortcut, string Language);
