using System.Globalization;
using LinqToDB;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Factories;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpScreenKeys;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Factories;

/// <summary>
/// The follow-up screens' models: texts in the admin's language, customer data raw (the views encode everything; the
/// sample's HTML body only goes into a sandboxed iframe's srcdoc).
/// </summary>
public class FollowUpModelFactory
{
    public const int ResultsDays = 30;
    public const int SendsPageSize = 50;

    private readonly IFollowUpCandidateFinder _finder;
    private readonly IFollowUpComposer _composer;
    private readonly IRepository<Customer> _customers;
    private readonly ReplyDisplay _display;
    private readonly KpiDisplay _money;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<CannedReply> _replies;
    private readonly IFollowUpResultsReader _resultsReader;
    private readonly IFollowUpRuleService _ruleService;
    private readonly FollowUpSafetySettings _safety;
    private readonly IRepository<FollowUpSend> _sends;
    private readonly IStoreContext _storeContext;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;
    private readonly IWorkContext _workContext;

    public FollowUpModelFactory(IFollowUpCandidateFinder finder, IFollowUpComposer composer, IRepository<Customer> customers,
        ReplyDisplay display, KpiDisplay money, IRepository<Order> orders, IRepository<CannedReply> replies,
        IFollowUpResultsReader resultsReader, IFollowUpRuleService ruleService, FollowUpSafetySettings safety,
        IRepository<FollowUpSend> sends, IStoreContext storeContext, TimeProvider timeProvider, PlannerTimeZones timeZones,
        IWorkContext workContext)
    {
        _finder = finder;
        _composer = composer;
        _customers = customers;
        _display = display;
        _money = money;
        _orders = orders;
        _replies = replies;
        _resultsReader = resultsReader;
        _ruleService = ruleService;
        _safety = safety;
        _sends = sends;
        _storeContext = storeContext;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
        _workContext = workContext;
    }

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;

    public async Task<FollowUpListModel> PrepareListModelAsync(FollowUpSafetyModel safety = null)
    {
        var rules = await _ruleService.ListAsync();
        var now = Now;
        var from = now.AddDays(-ResultsDays);
        var results = rules.Count == 0
            ? new Dictionary<int, FollowUpRuleResults>()
            : await _resultsReader.GetAsync(rules.Select(rule => rule.Id).ToList(), from, now);
        var titles = await ReplyTitlesAsync(rules.Select(rule => rule.ReplyId));

        var rows = new List<FollowUpRuleRowModel>();
        foreach (var rule in rules)
        {
            var figures = results.TryGetValue(rule.Id, out var found) ? found : new FollowUpRuleResults { RuleId = rule.Id };
            rows.Add(new FollowUpRuleRowModel
            {
                Id = rule.Id,
                Name = rule.Name,
                Trigger = await _display.TextAsync(Keys.TriggerName(rule.Trigger)),
                Delay = await DelayTextAsync(rule.DelayHours),
                ReplyTitle = titles.TryGetValue(rule.ReplyId, out var title) ? title : await _display.TextAsync(Keys.Rule.ReplyDeleted),
                Store = await _display.StoreAsync(rule.StoreId),
                Active = rule.Active,
                Sent = figures.Sent,
                Skipped = figures.Skipped,
                Clicked = figures.Clicked,
                Converted = figures.Converted,
                Revenue = await _money.MoneyAsync(figures.Revenue)
            });
        }

        return new FollowUpListModel
        {
            Rules = rows,
            Safety = safety ?? await _safety.PrepareAsync(),
            ResultsPeriod = await _display.FormatAsync(Keys.Page.ResultsPeriod, ResultsDays)
        };
    }

    public async Task<FollowUpRuleEditModel> PrepareEditModelAsync(FollowUpRule rule)
    {
        var model = rule == null
            ? new FollowUpRuleEditModel { TriggerId = (int)FollowUpTrigger.ReviewRequest, Delay = 7, DelayUnit = FollowUpDelayUnit.Days }
            : new FollowUpRuleEditModel
            {
                Id = rule.Id, Version = rule.Version, Name = rule.Name, TriggerId = rule.TriggerId, ReplyId = rule.ReplyId,
                Delay = rule.DelayHours % 24 == 0 ? rule.DelayHours / 24 : rule.DelayHours,
                DelayUnit = rule.DelayHours % 24 == 0 ? FollowUpDelayUnit.Days : FollowUpDelayUnit.Hours,
                MaxReminders = rule.MaxReminders, CountFromShipped = rule.CountFromShipped, ConversionDays = rule.ConversionDays,
                StoreId = rule.StoreId, Active = rule.Active, IsSeeded = rule.SeedKey != null
            };
        return await PrepareEditListsAsync(model);
    }

    /// <summary>The form's lists, the typed values kept.</summary>
    public async Task<FollowUpRuleEditModel> PrepareEditListsAsync(FollowUpRuleEditModel model)
    {
        model.AvailableTriggers = [];
        foreach (var trigger in Enum.GetValues<FollowUpTrigger>())
            model.AvailableTriggers.Add(new SelectListItem(await _display.TextAsync(Keys.TriggerName(trigger)), ((int)trigger).ToString(CultureInfo.InvariantCulture), (int)trigger == model.TriggerId));

        model.AvailableUnits =
        [
            new SelectListItem(await _display.TextAsync(Keys.Rule.Hours), ((int)FollowUpDelayUnit.Hours).ToString(CultureInfo.InvariantCulture), model.DelayUnit == FollowUpDelayUnit.Hours),
            new SelectListItem(await _display.TextAsync(Keys.Rule.Days), ((int)FollowUpDelayUnit.Days).ToString(CultureInfo.InvariantCulture), model.DelayUnit == FollowUpDelayUnit.Days)
        ];

        // Live replies (one line per version: the customer's language is chosen at send time within the family).
        var replies = await _replies.Table.Where(reply => !reply.Deleted).OrderBy(reply => reply.Category).ThenBy(reply => reply.Title).ThenBy(reply => reply.Id)
            .Select(reply => new { reply.Id, reply.Title, reply.Category, reply.LanguageId }).ToListAsync();
        model.AvailableReplies = [new SelectListItem(await _display.TextAsync(Keys.Rule.ReplyPick), "0", model.ReplyId == 0)];
        foreach (var reply in replies)
            model.AvailableReplies.Add(new SelectListItem($"{reply.Category} · {reply.Title} ({await _display.LanguageAsync(reply.LanguageId)})",
                reply.Id.ToString(CultureInfo.InvariantCulture), reply.Id == model.ReplyId));

        model.AvailableStores = await _display.StoreItemsAsync(model.StoreId, Keys.Rule.AllStores);
        return model;
    }

    public static FollowUpRuleInput ToInput(FollowUpRuleEditModel model) => new()
    {
        Id = model.Id,
        Version = model.Version,
        Name = model.Name,
        Trigger = (FollowUpTrigger)model.TriggerId,
        DelayValue = model.Delay,
        DelayUnit = model.DelayUnit,
        ReplyId = model.ReplyId,
        MaxReminders = model.MaxReminders,
        CountFromShipped = model.CountFromShipped,
        ConversionDays = model.ConversionDays,
        StoreId = model.StoreId
    };

    /// <summary>Who would get the rule now (as the task finds them) and the sample: the first that goes now, else the first.</summary>
    public async Task<(IReadOnlyList<FollowUpCandidate> Candidates, FollowUpCandidate Sample)> FindAsync(FollowUpRule rule)
    {
        var now = Now;
        var candidates = await _finder.FindAsync(rule, now, FollowUpLimits.BatchSize) ?? [];
        var sample = candidates.FirstOrDefault(candidate => candidate.IsSendableAt(now)) ?? candidates.FirstOrDefault();
        return (candidates, sample);
    }

    public async Task<FollowUpDryRunModel> PrepareDryRunModelAsync(FollowUpRule rule)
    {
        var now = Now;
        var (candidates, sample) = await FindAsync(rule);
        var zoneStoreId = rule.StoreId > 0 ? rule.StoreId : (await _storeContext.GetCurrentStoreAsync())?.Id ?? 0;
        var zones = new Dictionary<int, TimeZoneInfo>();
        async Task<TimeZoneInfo> ZoneAsync(int storeId)
        {
            if (!zones.TryGetValue(storeId, out var zone))
                zones[storeId] = zone = await _timeZones.ForStoreAsync(storeId);
            return zone;
        }

        var culture = await _display.CultureAsync();
        var rows = new List<FollowUpDryRunRowModel>();
        foreach (var candidate in candidates)
        {
            var zone = await ZoneAsync(candidate.StoreId > 0 ? candidate.StoreId : zoneStoreId);
            var local = Local(candidate.PlannedOnUtc, zone);
            rows.Add(new FollowUpDryRunRowModel
            {
                CustomerName = candidate.CustomerName,
                CustomerEmail = candidate.CustomerEmail,
                Target = await TargetTextAsync(candidate.Trigger, candidate.OrderId, candidate.OrderNumber, candidate.TargetVersion),
                Reason = await _display.FormatAsync(FollowUpFinderResources.Reason(rule), FollowUpFinderResources.ReasonValues(rule, candidate)
                    .Select(value => value is DateTime utc ? Local(utc, zone).ToString("g", culture) : value).ToArray()),
                Hold = candidate.Hold == FollowUpHold.None ? null : await _display.TextAsync(FollowUpFinderResources.Hold(candidate.Hold)),
                Sendable = candidate.IsSendableAt(now),
                PlannedOn = local.ToString("g", culture)
            });
        }

        var model = new FollowUpDryRunModel
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Active = rule.Active,
            TimeZone = (await ZoneAsync(zoneStoreId)).Id,
            Truncated = candidates.Count >= FollowUpLimits.BatchSize,
            Rows = rows,
            TestRecipient = (await _workContext.GetCurrentCustomerAsync())?.Email
        };
        if (sample == null)
            return model;

        var message = await _composer.ComposeAsync(rule, sample, Guid.Empty);
        return model with
        {
            SampleFor = $"{sample.CustomerName} <{sample.CustomerEmail}> · {await TargetTextAsync(sample.Trigger, sample.OrderId, sample.OrderNumber, sample.TargetVersion)}",
            SampleSubject = message?.Subject,
            SampleBody = message?.Body,
            SampleFellBack = message?.FellBack == true,
            SampleSkipReason = message?.SkipReason == null ? null : await SkipTextAsync(message.SkipReason),
            CanSendTest = message != null && !string.IsNullOrEmpty(model.TestRecipient)
        };
    }

    public async Task<FollowUpSendsModel> PrepareSendsModelAsync(FollowUpRule rule, int pageIndex)
    {
        var ruleId = rule.Id;
        var query = _sends.Table.Where(send => send.RuleId == ruleId);
        var total = await query.CountAsync(send => true);
        var pages = Math.Max(1, (total + SendsPageSize - 1) / SendsPageSize);
        pageIndex = Math.Clamp(pageIndex, 0, pages - 1);
        var sends = await query.OrderByDescending(send => send.CreatedOnUtc).ThenByDescending(send => send.Id)
            .Skip(pageIndex * SendsPageSize).Take(SendsPageSize).ToListAsync();

        var customerIds = sends.Select(send => send.CustomerId).Distinct().ToList();
        var customers = (await _customers.Table.Where(customer => customerIds.Contains(customer.Id))
            .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email }).ToListAsync())
            .ToDictionary(customer => customer.Id);
        var orderIds = sends.Where(send => send.OrderId > 0).Select(send => send.OrderId).Distinct().ToList();
        var orderNumbers = (await _orders.Table.Where(order => orderIds.Contains(order.Id))
            .Select(order => new { order.Id, order.CustomOrderNumber }).ToListAsync())
            .ToDictionary(order => order.Id, order => order.CustomOrderNumber);

        var rows = new List<FollowUpSendRowModel>();
        foreach (var send in sends)
        {
            var customer = customers.GetValueOrDefault(send.CustomerId);
            var name = customer == null ? $"#{send.CustomerId}" : $"{customer.FirstName} {customer.LastName}".Trim();
            rows.Add(new FollowUpSendRowModel
            {
                Customer = string.IsNullOrEmpty(customer?.Email) ? name : string.IsNullOrEmpty(name) ? customer.Email : $"{name} <{customer.Email}>",
                Target = await TargetTextAsync(rule.Trigger, send.OrderId, orderNumbers.GetValueOrDefault(send.OrderId), send.TargetVersion),
                Status = await _display.TextAsync(Keys.StatusName(send.Status)),
                SkipReason = send.SkipReason == null ? null : await SkipTextAsync(send.SkipReason),
                SentOn = await _display.DateAsync(send.SentOnUtc),
                ClickedOn = await _display.DateAsync(send.ClickedOnUtc)
            });
        }

        return new FollowUpSendsModel { RuleId = rule.Id, RuleName = rule.Name, Rows = rows, PageIndex = pageIndex, TotalPages = pages, TotalCount = total };
    }

    /// <summary>"Order 123" (with the reminder's number for unpaid orders) or "Cart".</summary>
    private async Task<string> TargetTextAsync(FollowUpTrigger trigger, int orderId, string orderNumber, long targetVersion)
    {
        if (orderId <= 0)
            return await _display.TextAsync(Keys.Page.Cart);

        var order = await _display.FormatAsync(Keys.Page.Order, string.IsNullOrEmpty(orderNumber) ? orderId.ToString(CultureInfo.InvariantCulture) : orderNumber);
        return trigger == FollowUpTrigger.UnpaidOrder && targetVersion > 0
            ? $"{order} · {await _display.FormatAsync(Keys.Page.Reminder, targetVersion)}"
            : order;
    }

    /// <summary>A skip reason is a resource key of the plugin; anything else is shown as stored.</summary>
    private async Task<string> SkipTextAsync(string reason) =>
        reason.StartsWith(MerchantOpsDefaults.ResourcePrefix, StringComparison.Ordinal) ? await _display.TextAsync(reason) : reason;

    private async Task<string> DelayTextAsync(int hours) => hours switch
    {
        24 => await _display.TextAsync(Keys.Rule.OneDay),
        1 => await _display.TextAsync(Keys.Rule.OneHour),
        _ when hours % 24 == 0 => $"{hours / 24} {await _display.TextAsync(Keys.Rule.Days)}",
        _ => $"{hours} {await _display.TextAsync(Keys.Rule.Hours)}"
    };

    private async Task<Dictionary<int, string>> ReplyTitlesAsync(IEnumerable<int> replyIds)
    {
        var ids = replyIds.Distinct().ToList();
        return (await _replies.Table.Where(reply => ids.Contains(reply.Id) && !reply.Deleted).Select(reply => new { reply.Id, reply.Title }).ToListAsync())
            .ToDictionary(reply => reply.Id, reply => reply.Title);
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
