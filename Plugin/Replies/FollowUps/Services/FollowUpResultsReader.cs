using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// A rule's results over a period [from, to): follow-ups queued (SentOnUtc in the period), skipped (CreatedOnUtc in the
/// period), clicked (first arrival recorded), and converted within the rule's ConversionDays after the send
/// (sent &lt; moment ≤ sent + days):
/// <list type="bullet">
/// <item>abandoned cart: an order of the customer in the follow-up's store, not deleted, not cancelled, placed after the
/// send; revenue = those orders' totals;</item>
/// <item>unpaid order: the order paid (PaidDateUtc) after the send; revenue = its total;</item>
/// <item>review request: a review by the customer of a product of that order, written after the send; no revenue.</item>
/// </list>
/// An order (a payment) is credited once per rule: to the rule's latest follow-up of the period sent before it (a second
/// cart reminder, the third payment reminder), and that follow-up counts as converted. Five statements whatever the
/// number of rules and follow-ups: the counts, the rules, and one join per trigger; the exact window of each rule and
/// the crediting are done on the few rows these joins return.
/// </summary>
public class FollowUpResultsReader : IFollowUpResultsReader
{
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<ProductReview> _reviews;
    private readonly IRepository<FollowUpRule> _rules;
    private readonly IRepository<FollowUpSend> _sends;

    public FollowUpResultsReader(IRepository<OrderItem> orderItems, IRepository<Order> orders, IRepository<ProductReview> reviews,
        IRepository<FollowUpRule> rules, IRepository<FollowUpSend> sends)
    {
        _orderItems = orderItems;
        _orders = orders;
        _reviews = reviews;
        _rules = rules;
        _sends = sends;
    }

    public async Task<IReadOnlyDictionary<int, FollowUpRuleResults>> GetAsync(IReadOnlyCollection<int> ruleIds, DateTime fromUtc, DateTime toUtc)
    {
        var ids = (ruleIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<int, FollowUpRuleResults>();

        var queued = (int)FollowUpSendStatus.Queued;
        var skipped = (int)FollowUpSendStatus.Skipped;

        var counts = await _sends.Table
            .Where(s => ids.Contains(s.RuleId)
                && (s.StatusId == queued && s.SentOnUtc >= fromUtc && s.SentOnUtc < toUtc
                    || s.StatusId == skipped && s.CreatedOnUtc >= fromUtc && s.CreatedOnUtc < toUtc))
            .GroupBy(s => s.RuleId)
            .Select(g => new
            {
                RuleId = g.Key,
                Sent = g.Count(s => s.StatusId == queued),
                Skipped = g.Count(s => s.StatusId == skipped),
                Clicked = g.Count(s => s.StatusId == queued && s.ClickedOnUtc != null)
            })
            .ToListAsync();

        var rules = await _rules.Table.Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.TriggerId, r.ConversionDays })
            .ToListAsync();
        var days = rules.ToDictionary(r => r.Id, r => Math.Clamp(r.ConversionDays, FollowUpLimits.MinConversionDays, FollowUpLimits.MaxConversionDays));
        var lastMoment = toUtc.AddDays(days.Count == 0 ? FollowUpLimits.MinConversionDays : days.Values.Max());

        List<int> RulesOf(FollowUpTrigger trigger) => rules.Where(r => r.TriggerId == (int)trigger).Select(r => r.Id).ToList();
        var cartRules = RulesOf(FollowUpTrigger.AbandonedCart);
        var unpaidRules = RulesOf(FollowUpTrigger.UnpaidOrder);
        var reviewRules = RulesOf(FollowUpTrigger.ReviewRequest);

        IQueryable<FollowUpSend> SentOf(List<int> ruleIdsOfTrigger) => _sends.Table
            .Where(s => ruleIdsOfTrigger.Contains(s.RuleId) && s.StatusId == queued && s.SentOnUtc >= fromUtc && s.SentOnUtc < toUtc);

        var conversions = new List<Conversion>();
        var cancelled = (int)OrderStatus.Cancelled;

        if (cartRules.Count > 0)
        {
            var rows = await (
                from s in SentOf(cartRules)
                join o in _orders.Table on s.CustomerId equals o.CustomerId
                where o.StoreId == s.StoreId && !o.Deleted && o.OrderStatusId != cancelled
                    && o.CreatedOnUtc > s.SentOnUtc && o.CreatedOnUtc <= lastMoment
                select new { SendId = s.Id, s.RuleId, SentOnUtc = s.SentOnUtc.Value, OrderId = o.Id, o.OrderTotal, Moment = o.CreatedOnUtc })
                .ToListAsync();
            conversions.AddRange(rows.Select(r => new Conversion(r.SendId, r.RuleId, r.SentOnUtc, r.OrderId, r.OrderTotal, r.Moment)));
        }

        if (unpaidRules.Count > 0)
        {
            var rows = await (
                from s in SentOf(unpaidRules)
                join o in _orders.Table on s.OrderId equals o.Id
                where !o.Deleted && o.PaidDateUtc > s.SentOnUtc && o.PaidDateUtc <= lastMoment
                select new { SendId = s.Id, s.RuleId, SentOnUtc = s.SentOnUtc.Value, OrderId = o.Id, o.OrderTotal, Moment = o.PaidDateUtc.Value })
                .ToListAsync();
            conversions.AddRange(rows.Select(r => new Conversion(r.SendId, r.RuleId, r.SentOnUtc, r.OrderId, r.OrderTotal, r.Moment)));
        }

        if (reviewRules.Count > 0)
        {
            var rows = await (
                from s in SentOf(reviewRules)
                join i in _orderItems.Table on s.OrderId equals i.OrderId
                join r in _reviews.Table on new { i.ProductId, s.CustomerId } equals new { r.ProductId, r.CustomerId }
                where r.CreatedOnUtc > s.SentOnUtc && r.CreatedOnUtc <= lastMoment
                select new { SendId = s.Id, s.RuleId, SentOnUtc = s.SentOnUtc.Value, ReviewId = r.Id, Moment = r.CreatedOnUtc })
                .ToListAsync();
            // A review is its own conversion (no revenue); the same order's follow-up is credited once whatever the number of reviews.
            conversions.AddRange(rows.Select(r => new Conversion(r.SendId, r.RuleId, r.SentOnUtc, -r.ReviewId, 0m, r.Moment)));
        }

        // Each converting event (an order, a payment, a review) is credited to the rule's latest follow-up before it, within the rule's days.
        var credited = conversions
            .Where(c => days.TryGetValue(c.RuleId, out var d) && c.Moment <= c.SentOnUtc.AddDays(d))
            .GroupBy(c => (c.RuleId, c.EventId))
            .Select(g => g.OrderByDescending(c => c.SentOnUtc).ThenByDescending(c => c.SendId).First())
            .ToList();

        var results = new Dictionary<int, FollowUpRuleResults>();
        foreach (var ruleId in ids)
        {
            var count = counts.FirstOrDefault(c => c.RuleId == ruleId);
            var ofRule = credited.Where(c => c.RuleId == ruleId).ToList();
            results[ruleId] = new FollowUpRuleResults
            {
                RuleId = ruleId,
                Sent = count?.Sent ?? 0,
                Skipped = count?.Skipped ?? 0,
                Clicked = count?.Clicked ?? 0,
                Converted = ofRule.Select(c => c.SendId).Distinct().Count(),
                Revenue = ofRule.Sum(c => c.Revenue)
            };
        }

        return results;
    }

    /// <summary>A follow-up and an event after it (EventId: the order's id, or minus the review's id).</summary>
    private sealed record Conversion(int SendId, int RuleId, DateTime SentOnUtc, int EventId, decimal Revenue, DateTime Moment);
}
