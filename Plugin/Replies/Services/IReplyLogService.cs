using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>The send log (status read from nopCommerce's email queue) and usage stats.</summary>
public interface IReplyLogService
{
    /// <summary>Sends, newest first; email statuses read in one query per page.</summary>
    Task<IPagedList<ReplySendLogRow>> SearchSendsAsync(ReplySendLogSearch search, int pageIndex = 0, int pageSize = 20);

    /// <summary>Every non-deleted reply with its number of sends in the period, most used first, never used with 0.</summary>
    Task<IList<ReplyUsageRow>> GetUsageAsync(DateTime? fromUtc, DateTime? toUtc);
}

/// <summary>0 / null mean "any".</summary>
public class ReplySendLogSearch
{
    public int ReplyId { get; set; }

    public int OrderId { get; set; }

    public int CustomerId { get; set; }

    public DateTime? FromUtc { get; set; }

    public DateTime? ToUtc { get; set; }
}

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

public class ReplySendLogRow
{
    public int SendId { get; init; }

    public DateTime CreatedOnUtc { get; init; }

    public int SentByCustomerId { get; init; }

    public string SentByName { get; init; }

    public int ReplyId { get; init; }

    public string ReplyTitle { get; init; }

    public int OrderId { get; init; }

    public string OrderNumber { get; init; }

    public int CustomerId { get; init; }

    public string ToEmail { get; init; }

    public bool SentAsEmail { get; init; }

    public bool AddedAsNote { get; init; }

    public ReplyEmailStatus EmailStatus { get; init; }

    /// <summary>Resource key of the failure, null when fine.</summary>
    public string Error { get; init; }
}

public class ReplyUsageRow
{
    public int ReplyId { get; init; }

    public string Title { get; init; }

    public string Shortcut { get; init; }

    public int LanguageId { get; init; }

    public int Sends { get; init; }

    public DateTime? LastSentUtc { get; init; }
}
