using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ReplyUsageRow
{
    public int ReplyId { get; init; }

    public string Title { get; init; }

    public string Shortcut { get; init; }

    public int LanguageId { get; init; }

    public int Sends { get; init; }

    public DateTime? LastSentUtc { get; init; }
}
