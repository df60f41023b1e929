using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>A refused field, with the message key and its arguments.</summary>
public sealed record ReplyFieldError(string Field, string ResourceKey, object[] Args);
