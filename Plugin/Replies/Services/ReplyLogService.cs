using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// The send log and usage stats. A page of the log reads its email statuses, reply titles, sender names and
/// order numbers in one query each (never one per row). A vendor sees only the sends they made.
/// </summary>
public class ReplyLogService : IReplyLogService
{
    /// <summary>nopCommerce's QueuedMessagesSendTask stops trying an email after 3 tries.</summary>
    public const int MaxSendTries = 3;

    private readonly IRepository<Customer> _customers;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<QueuedEmail> _queuedEmails;
    private readonly IRepository<CannedReply> _replies;
    private readonly IRepository<FollowUpRule> _rules;
    private readonly IRepository<CannedReplySend> _sends;
    private readonly IWorkContext _workContext;

    public ReplyLogService(IRepository<Customer> customers,
        IRepository<Order> orders,
        IRepository<QueuedEmail> queuedEmails,
        IRepository<CannedReply> replies,
        IRepository<FollowUpRule> rules,
        IRepository<CannedReplySend> sends,
        IWorkContext workContext)
    {
        _customers = customers;
        _orders = orders;
        _queuedEmails = queuedEmails;
        _replies = replies;
        _rules = rules;
        _sends = sends;
        _workContext = workContext;
    }

    public async Task<IPagedList<ReplySendLogRow>> SearchSendsAsync(ReplySendLogSearch search, int pageIndex = 0, int pageSize = 20)
    {
        search ??= new ReplySendLogSearch();
        var query = _sends.Table;
        if (await _workContext.GetCurrentVendorAsync() != null)
        {
            var me = (await _workContext.GetCurrentCustomerAsync())?.Id ?? -1;
            query = query.Where(send => send.SentByCustomerId == me);
        }

        if (search.ReplyId > 0)
            query = query.Where(send => send.ReplyId == search.ReplyId);
        if (search.OrderId > 0)
            query = query.Where(send => send.OrderId == search.OrderId);
        if (search.CustomerId > 0)
            query = query.Where(send => send.CustomerId == search.CustomerId);
        if (search.FromUtc.HasValue)
            query = query.Where(send => send.CreatedOnUtc >= search.FromUtc.Value);
        if (search.ToUtc.HasValue)
            query = query.Where(send => send.CreatedOnUtc < search.ToUtc.Value);
        if (search.AutomaticOnly)
            query = query.Where(send => send.FollowUpRuleId != null);

        var page = await query.OrderByDescending(send => send.CreatedOnUtc).ThenByDescending(send => send.Id).ToPagedListAsync(pageIndex, pageSize);

        var emailIds = page.Where(send => send.QueuedEmailId.HasValue).Select(send => send.QueuedEmailId.Value).Distinct().ToList();
        var emails = emailIds.Count == 0 ? new Dictionary<int, QueuedEmail>()
            : (await _queuedEmails.Table.Where(email => emailIds.Contains(email.Id)).ToListAsync()).ToDictionary(email => email.Id);

        var replyIds = page.Select(send => send.ReplyId).Distinct().ToList();
        var titles = (await _replies.Table.Where(reply => replyIds.Contains(reply.Id)).Select(reply => new { reply.Id, reply.Title }).ToListAsync())
            .ToDictionary(reply => reply.Id, reply => reply.Title);

        var senderIds = page.Select(send => send.SentByCustomerId).Distinct().ToList();
        var senders = (await _customers.Table.Where(customer => senderIds.Contains(customer.Id))
                .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email }).ToListAsync())
            .ToDictionary(customer => customer.Id, customer =>
                string.IsNullOrWhiteSpace($"{customer.FirstName} {customer.LastName}") ? customer.Email : $"{customer.FirstName} {customer.LastName}".Trim());

        var orderIds = page.Where(send => send.OrderId > 0).Select(send => send.OrderId).Distinct().ToList();
        var orderNumbers = orderIds.Count == 0 ? new Dictionary<int, string>()
            : (await _orders.Table.Where(order => orderIds.Contains(order.Id)).Select(order => new { order.Id, order.CustomOrderNumber }).ToListAsync())
                .ToDictionary(order => order.Id, order => string.IsNullOrEmpty(order.CustomOrderNumber) ? order.Id.ToString() : order.CustomOrderNumber);

        var ruleIds = page.Where(send => send.FollowUpRuleId.HasValue).Select(send => send.FollowUpRuleId.Value).Distinct().ToList();
        var ruleNames = ruleIds.Count == 0 ? new Dictionary<int, string>()
            : (await _rules.Table.Where(rule => ruleIds.Contains(rule.Id)).Select(rule => new { rule.Id, rule.Name }).ToListAsync())
                .ToDictionary(rule => rule.Id, rule => rule.Name);

        var rows = page.Select(send => new ReplySendLogRow
        {
            SendId = send.Id,
            CreatedOnUtc = send.CreatedOnUtc,
            SentByCustomerId = send.SentByCustomerId,
            SentByName = senders.GetValueOrDefault(send.SentByCustomerId),
            ReplyId = send.ReplyId,
            ReplyTitle = titles.GetValueOrDefault(send.ReplyId),
            OrderId = send.OrderId,
            OrderNumber = send.OrderId > 0 ? orderNumbers.GetValueOrDefault(send.OrderId) : null,
            CustomerId = send.CustomerId,
            ToEmail = send.ToEmail,
            SentAsEmail = send.SentAsEmail,
            AddedAsNote = send.AddedAsNote,
            EmailStatus = StatusOf(send, send.QueuedEmailId.HasValue ? emails.GetValueOrDefault(send.QueuedEmailId.Value) : null),
            FollowUpRuleId = send.FollowUpRuleId,
            FollowUpRuleName = send.FollowUpRuleId.HasValue ? ruleNames.GetValueOrDefault(send.FollowUpRuleId.Value) : null,
            Error = send.Error
        }).ToList();

        return new PagedList<ReplySendLogRow>(rows, page.PageIndex, page.PageSize, page.TotalCount);
    }

    public async Task<IList<ReplyUsageRow>> GetUsageAsync(DateTime? fromUtc, DateTime? toUtc)
    {
        var sends = _sends.Table;
        if (fromUtc.HasValue)
            sends = sends.Where(send => send.CreatedOnUtc >= fromUtc.Value);
        if (toUtc.HasValue)
            sends = sends.Where(send => send.CreatedOnUtc < toUtc.Value);

        var counts = (await sends.GroupBy(send => send.ReplyId)
                .Select(group => new { ReplyId = group.Key, Sends = group.Count(), Last = group.Max(send => send.CreatedOnUtc) })
                .ToListAsync())
            .ToDictionary(row => row.ReplyId);

        var replies = await _replies.Table.Where(reply => !reply.Deleted)
            .Select(reply => new { reply.Id, reply.Title, reply.Shortcut, reply.LanguageId }).ToListAsync();

        return replies.Select(reply => new ReplyUsageRow
            {
                ReplyId = reply.Id,
                Title = reply.Title,
                Shortcut = reply.Shortcut,
                LanguageId = reply.LanguageId,
                Sends = counts.TryGetValue(reply.Id, out var count) ? count.Sends : 0,
                LastSentUtc = counts.TryGetValue(reply.Id, out var last) ? last.Last : null
            })
            .OrderByDescending(row => row.Sends).ThenByDescending(row => row.LastSentUtc).ThenBy(row => row.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>Read from nopCommerce's queue row: sent, given up after 3 tries, still queued, or deleted from the queue.</summary>
    public static ReplyEmailStatus StatusOf(CannedReplySend send, QueuedEmail email)
    {
        if (!send.SentAsEmail)
            return ReplyEmailStatus.None;
        if (!send.QueuedEmailId.HasValue)
            return send.Error != null ? ReplyEmailStatus.Failed : ReplyEmailStatus.None;
        if (email == null)
            return ReplyEmailStatus.Deleted;
        if (email.SentOnUtc.HasValue)
            return ReplyEmailStatus.Sent;
        return email.SentTries >= MaxSendTries ? ReplyEmailStatus.Failed : ReplyEmailStatus.Queued;
    }
}
