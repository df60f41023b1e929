namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ReplySendResult
{
    public bool Succeeded { get; init; }

    public string ResourceKey { get; init; }

    /// <summary>The key had already been used and everything was done: nothing was sent again.</summary>
    public bool AlreadySent { get; init; }

    public int SendId { get; init; }

    public int? QueuedEmailId { get; init; }

    public int? OrderNoteId { get; init; }

    /// <summary>The address the email went to, when this request sent it (for the message that says so).</summary>
    public string ToEmail { get; init; }
}
