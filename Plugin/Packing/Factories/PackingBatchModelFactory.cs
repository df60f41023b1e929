using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Models;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Stores;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>The batch list and the batch page.</summary>
public class PackingBatchModelFactory
{
    /// <summary>StateId of the list filter meaning "any state"; 0 means "still under way".</summary>
    public const int AnyState = -1;

    public const int AuditPageSize = 100;

    private readonly IPackingBatchService _batchService;
    private readonly IPackerService _packerService;
    private readonly PackingDisplay _display;
    private readonly PackingOrderQuery _orderQuery;
    private readonly IPackingReportService _reportService;
    private readonly IStoreService _storeService;
    private readonly IWorkContext _workContext;

    public PackingBatchModelFactory(IPackingBatchService batchService,
        IPackerService packerService,
        PackingDisplay display,
        PackingOrderQuery orderQuery,
        IPackingReportService reportService,
        IStoreService storeService,
        IWorkContext workContext)
    {
        _batchService = batchService;
        _packerService = packerService;
        _display = display;
        _orderQuery = orderQuery;
        _reportService = reportService;
        _storeService = storeService;
        _workContext = workContext;
    }

    public virtual async Task<PackingBatchSearchModel> PrepareBatchSearchModelAsync()
    {
        var search = new PackingBatchSearchModel { MineOnly = false };
        search.SetGridPageSize();
        search.AvailableScopes.Add(new SelectListItem(await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Batches.Scope.All"), "false"));
        search.AvailableScopes.Add(new SelectListItem(await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Batches.Scope.Mine"), "true"));
        search.AvailableStates.Add(new SelectListItem(await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Batches.State.UnderWay"), "0"));
        search.AvailableStates.Add(new SelectListItem(await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Ui.Any"), AnyState.ToString()));
        foreach (var state in Enum.GetValues<PackingBatchState>())
            search.AvailableStates.Add(new SelectListItem(await _display.StateAsync(state), ((int)state).ToString()));
        return search;
    }

    public virtual async Task<PackingBatchListModel> PrepareBatchListModelAsync(PackingBatchSearchModel search)
    {
        var me = await _workContext.GetCurrentCustomerAsync();
        var pageSize = Math.Clamp(search.PageSize, 1, PackingLimits.MaxQueuePageSize);
        var batches = await _batchService.SearchBatchesAsync(new PackingBatchSearch
        {
            State = search.StateId > 0 ? (PackingBatchState)search.StateId : null,
            OpenOnly = search.StateId == 0,
            AssigneeCustomerId = search.MineOnly ? me.Id : 0
        }, Math.Max(0, search.Start / pageSize), pageSize);

        return await new PackingBatchListModel().PrepareToGridAsync(search, batches, () => batches.SelectAwait(async batch => new PackingBatchRowModel
        {
            Id = batch.Id,
            Name = await _display.BatchTitleAsync(batch.Id, batch.Name),
            State = await _display.StateAsync(batch.State),
            Assignee = await _display.PersonAsync(batch.AssigneeCustomerId),
            CreatedOn = await _display.DateAsync(batch.CreatedOnUtc),
            Progress = await _display.FormatAsync("Plugins.Misc.MerchantOps.Packing.Ui.Progress", batch.Progress.Done, batch.Progress.Total - batch.Progress.Removed),
            Percent = batch.Progress.Percent
        }));
    }

    /// <summary>Null when the batch does not exist or the current user may not see it (another vendor's).</summary>
    public virtual async Task<PackingBatchModel> PrepareBatchModelAsync(int batchId)
    {
        var details = await _batchService.GetBatchAsync(batchId);
        if (details == null)
            return null;

        var batch = details.Batch;
        var me = await _workContext.GetCurrentCustomerAsync();
        var store = batch.StoreId == 0 ? null : await _storeService.GetStoreByIdAsync(batch.StoreId);
        var progress = batch.Progress;

        var model = new PackingBatchModel
        {
            Id = batch.Id,
            Name = await _display.BatchTitleAsync(batch.Id, batch.Name),
            StateId = (int)batch.State,
            State = await _display.StateAsync(batch.State),
            StateCssClass = PackingDisplay.CssClass(batch.State),
            StoreName = store?.Name ?? await _display.TextAsync("Plugins.Misc.MerchantOps.Packing.Ui.AllStores"),
            Assignee = await _display.PersonAsync(batch.AssigneeCustomerId),
            CreatedBy = await _display.PersonAsync(batch.CreatedByCustomerId),
            CreatedOn = await _display.DateAsync(batch.CreatedOnUtc),
            PickingStartedOn = await _display.DateAsync(batch.PickingStartedOnUtc),
            PackingStartedOn = await _display.DateAsync(batch.PackingStartedOnUtc),
            FinishedOn = await _display.DateAsync(batch.FinishedOnUtc),
            IsAssignedToMe = batch.AssigneeCustomerId == me.Id,
            AssigneeCustomerId = batch.AssigneeCustomerId,
            IsClosed = batch.State is PackingBatchState.Done or PackingBatchState.Cancelled,
            CanPack = batch.State != PackingBatchState.Done && batch.State != PackingBatchState.Cancelled,
            Total = progress.Total - progress.Removed,
            Done = progress.Done,
            Problems = progress.Problems,
            Skipped = progress.Skipped,
            Percent = progress.Percent,
            AvailableAssignees = batch.State is PackingBatchState.Done or PackingBatchState.Cancelled
                ? new List<SelectListItem>()
                : (await _packerService.GetPossibleAssigneesAsync())
                    .Select(packer => new SelectListItem(packer.Name, packer.CustomerId.ToString(), packer.CustomerId == batch.AssigneeCustomerId))
                    .ToList(),
            Transitions = Transitions(batch.State)
        };

        foreach (var reason in Enum.GetValues<PackingSkipReason>())
            model.SkipReasons.Add(new SelectListItem(await _display.TextAsync(PackingDisplayKeys.For(reason)), ((int)reason).ToString()));

        var names = await _orderQuery.GetShipToNamesAsync(details.Orders.Select(order => order.OrderId));
        foreach (var order in details.Orders)
            model.Orders.Add(await PrepareOrderAsync(order, names, model.CanPack));

        var audit = await _reportService.GetAuditAsync(batchId, 0, AuditPageSize);
        var numbers = details.Orders.GroupBy(order => order.OrderId).ToDictionary(group => group.Key, group => group.First().OrderNumber);
        model.AuditTotal = audit.TotalCount;
        foreach (var entry in audit)
            model.Audit.Add(new PackingAuditEntryModel
            {
                CreatedOn = await _display.DateAsync(entry.CreatedOnUtc),
                Who = entry.CustomerName ?? await _display.PersonAsync(entry.CustomerId),
                Event = await _display.TextAsync(PackingDisplayKeys.For(entry.Type)),
                OrderNumber = entry.OrderId == 0 ? string.Empty : numbers.TryGetValue(entry.OrderId, out var number) ? number : $"#{entry.OrderId}",
                Code = entry.Code,
                Message = await _display.TextAsync(entry.ResourceKey),
                Note = entry.Note,
                Highlight = IsHighlighted(entry.Type)
            });

        return model;
    }

    private async Task<PackingBatchOrderModel> PrepareOrderAsync(PackingBatchOrderRow order, IReadOnlyDictionary<int, string> shipToNames, bool batchActive)
    {
        var holds = order.Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed or PackingOrderStatus.Problem;
        var releasable = holds && order.ShipmentId == null;
        return new PackingBatchOrderModel
        {
            BatchOrderId = order.BatchOrderId,
            OrderId = order.OrderId,
            OrderNumber = order.OrderNumber,
            CustomerName = shipToNames.GetValueOrDefault(order.OrderId, string.Empty),
            StatusId = (int)order.Status,
            Status = await _display.StatusAsync(order.Status),
            StatusCssClass = PackingDisplay.CssClass(order.Status),
            SkipReason = order.SkipReason is { } reason ? await _display.TextAsync(PackingDisplayKeys.For(reason)) : string.Empty,
            Problem = order.Status == PackingOrderStatus.Problem ? await _display.TextAsync(order.ProblemResourceKey ?? PackingDisplayKeys.For(order.Status)) : string.Empty,
            Note = order.Note,
            VerifiedManually = order.VerifiedManually,
            ItemCount = order.ItemCount,
            VerifiedCount = order.VerifiedCount,
            ShippedOn = await _display.DateAsync(order.ShippedOnUtc),
            CanSkip = batchActive && releasable,
            CanRemove = batchActive && releasable,
            CanFlag = batchActive && order.Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed,
            CanClear = batchActive && order.Status == PackingOrderStatus.Problem,
            CanPack = batchActive && order.Status is PackingOrderStatus.Pending or PackingOrderStatus.Packed or PackingOrderStatus.Shipping or PackingOrderStatus.Problem,
            CanRetryShip = batchActive && ShipRetry.CanRetry(order.Status, order.ProblemResourceKey)
        };
    }

    /// <summary>The buttons of the states the batch can move to (the service decides again when clicked).</summary>
    private static IList<PackingTransitionModel> Transitions(PackingBatchState state)
    {
        var transitions = new List<PackingTransitionModel>();
        if (state == PackingBatchState.Open)
            transitions.Add(new("StartPicking", "Plugins.Misc.MerchantOps.Packing.BatchPage.StartPicking", "btn btn-primary", "fas fa-dolly", false));
        if (state is PackingBatchState.Open or PackingBatchState.Picking)
            transitions.Add(new("StartPacking", "Plugins.Misc.MerchantOps.Packing.BatchPage.StartPacking", "btn btn-primary", "fas fa-barcode", false));
        if (state == PackingBatchState.Packing)
            transitions.Add(new("Finish", "Plugins.Misc.MerchantOps.Packing.BatchPage.Finish", "btn btn-success", "fas fa-flag-checkered", false));
        if (state is PackingBatchState.Open or PackingBatchState.Picking or PackingBatchState.Packing)
            transitions.Add(new("Cancel", "Plugins.Misc.MerchantOps.Packing.BatchPage.Cancel", "btn btn-danger", "fas fa-ban", true));
        return transitions;
    }

    private static bool IsHighlighted(PackingEventType type) => type is PackingEventType.WrongItem or PackingEventType.ItemOfAnotherOrder
        or PackingEventType.UnknownCode or PackingEventType.OverQuantity or PackingEventType.ManualOverride or PackingEventType.ShipFailed
        or PackingEventType.ClaimRefused;
}
