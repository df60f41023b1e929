namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>A refused line: its number in the file (the header is line 1), the field and the message.</summary>
public sealed record ReplyImportError(int Line, string Field, string ResourceKey, object[] Args);
