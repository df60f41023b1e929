using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>The send log (status read from nopCommerce's email queue) and usage stats.</summary>
public interface IReplyLogService
{
    /// <summary>Sends, newest first; email statuses read in one query per page.</summary>
    Task<IPagedList<ReplySendLogRow>> SearchSendsAsync(ReplySendLogSearch search, int pageIndex = 0, int pageSize = 20);

    /// <summary>Every non-deleted reply with its number of sends in the period, most used first, never used with 0.</summary>
    Task<IList<ReplyUsageRow>> GetUsageAsync(DateTime? fromUtc, DateTime? toUtc);
}
