using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ReplySaveResult
{
    public bool Succeeded { get; init; }

    public int ReplyId { get; init; }

    public IList<ReplyFieldError> Errors { get; init; } = new List<ReplyFieldError>();

    /// <summary>Placeholders that are not nopCommerce tokens: a warning, the reply was saved anyway.</summary>
    public IList<string> UnknownTokens { get; init; } = new List<string>();
}
