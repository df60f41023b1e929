using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public enum ReplyEmailStatus
{
    /// <summary>Not sent as an email.</summary>
    None,

    Queued,
    Sent,

    /// <summary>nopCommerce gave up (3 tries) without sending.</summary>
    Failed,

    /// <summary>The queued email was deleted from nopCommerce's queue.</summary>
    Deleted
}
