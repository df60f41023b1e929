using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Factories;
using Nop.Plugin.Misc.MerchantOps.Kpi.Models;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Controllers;

/// <summary>
/// Merchant Ops → KPI (/Admin/MerchantOpsKpi/Index): the period's figures against the previous period, sources, the
/// journal and the revenue targets, and the period as CSV. Every action needs the KPI permission; POSTs check the
/// antiforgery token and go back to the page with the period they came from (and a notification).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class MerchantOpsKpiController : BasePluginController
{
    public const string ViewsPath = MerchantOpsDefaults.ViewsPath + "Kpi/";

    private readonly KpiDisplay _display;
    private readonly IKpiJournalService _journal;
    private readonly KpiPageModelFactory _modelFactory;
    private readonly INotificationService _notificationService;
    private readonly IKpiTargetService _targets;

    public MerchantOpsKpiController(KpiDisplay display, IKpiJournalService journal, KpiPageModelFactory modelFactory,
        INotificationService notificationService, IKpiTargetService targets)
    {
        _display = display;
        _journal = journal;
        _modelFactory = modelFactory;
        _notificationService = notificationService;
        _targets = targets;
    }

    [HttpGet]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> Index(int storeId = 0, string period = null, string from = null, string to = null) =>
        View(ViewsPath + "Index.cshtml", await _modelFactory.PrepareAsync(new KpiPageRequest(storeId, period, from, to)));

    [HttpGet]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> Csv(int storeId = 0, string period = null, string from = null, string to = null)
    {
        var request = new KpiPageRequest(storeId, period, from, to);
        var csv = await _modelFactory.PrepareCsvAsync(request);
        var resolved = await _modelFactory.ResolvePeriodAsync(await _modelFactory.ResolveStoreIdAsync(storeId), request);
        var name = string.Create(CultureInfo.InvariantCulture, $"kpi-{KpiDisplay.Iso(resolved.From)}-{KpiDisplay.Iso(resolved.To)}.csv");
        return File(csv, "text/csv; charset=utf-8", name);
    }

    [HttpPost]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> AddNote(int storeId, string day, string text, string period = null, string from = null, string to = null)
    {
        storeId = await _modelFactory.ResolveStoreIdAsync(storeId);
        var result = KpiDisplay.ParseDate(day) is { } date
            ? await _journal.AddAsync(storeId, date, text)
            : KpiPageResult.Refused(KpiPageResourceKeys.Journal.BadDay);
        return await BackAsync(result, storeId, period, from, to);
    }

    [HttpPost]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> EditNote(int storeId, int id, int version, string day, string text, string period = null, string from = null, string to = null)
    {
        storeId = await _modelFactory.ResolveStoreIdAsync(storeId);
        var result = KpiDisplay.ParseDate(day) is { } date
            ? await _journal.UpdateAsync(storeId, id, version, date, text)
            : KpiPageResult.Refused(KpiPageResourceKeys.Journal.BadDay);
        return await BackAsync(result, storeId, period, from, to);
    }

    [HttpPost]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> DeleteNote(int storeId, int id, int version, string period = null, string from = null, string to = null)
    {
        storeId = await _modelFactory.ResolveStoreIdAsync(storeId);
        return await BackAsync(await _journal.DeleteAsync(storeId, id, version), storeId, period, from, to);
    }

    [HttpPost]
    [CheckPermission(Permissions.Kpi)]
    public async Task<IActionResult> SaveTargets(int storeId, string weekly, string monthly, string period = null, string from = null, string to = null)
    {
        storeId = await _modelFactory.ResolveStoreIdAsync(storeId);
        var week = await ParseAmountAsync(weekly);
        var month = await ParseAmountAsync(monthly);
        var result = week.Valid && month.Valid
            ? await _targets.SaveAsync(storeId, week.Amount, month.Amount)
            : KpiPageResult.Refused(KpiPageResourceKeys.Targets.Invalid);
        return await BackAsync(result, storeId, period, from, to);
    }

    /// <summary>An amount as the number field posts it (a dot), or in the admin's culture; empty = none.</summary>
    private async Task<(bool Valid, decimal? Amount)> ParseAmountAsync(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (true, null);
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || decimal.TryParse(text, NumberStyles.Number, await _display.CultureAsync(), out amount))
            return (true, amount);
        return (false, null);
    }

    private async Task<IActionResult> BackAsync(KpiPageResult result, int storeId, string period, string from, string to)
    {
        var message = await _display.TextAsync(result.ResourceKey);
        if (result.Succeeded)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.ErrorNotification(message);
        return RedirectToAction(nameof(Index), new { storeId, period, from, to });
    }
}
