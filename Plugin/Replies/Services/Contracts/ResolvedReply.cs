using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ResolvedReply
{
    /// <summary>The version to use; null when the reply does not exist.</summary>
    public CannedReply Reply { get; init; }

    /// <summary>True when the requested language had no version of this reply.</summary>
    public bool FellBack { get; init; }

    public int RequestedLanguageId { get; init; }
}
