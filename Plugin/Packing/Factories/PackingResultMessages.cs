using Claim = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys.Claim;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Factories;

/// <summary>Turns the packing services' results into nopCommerce notifications in the admin's language.</summary>
public class PackingResultMessages
{
    private readonly PackingDisplay _display;
    private readonly INotificationService _notificationService;
    private readonly PackingOrderQuery _orderQuery;

    public PackingResultMessages(PackingDisplay display, INotificationService notificationService, PackingOrderQuery orderQuery)
    {
        _display = display;
        _notificationService = notificationService;
        _orderQuery = orderQuery;
    }

    public virtual async Task NotifyAsync(PackingResult result)
    {
        var message = await _display.TextAsync(result.ResourceKey);
        if (result.Succeeded)
            _notificationService.SuccessNotification(message);
        else
            _notificationService.ErrorNotification(message);
    }

    /// <summary>
    /// The batch, then one warning per reason orders were left out, with their numbers: "3 orders were already
    /// claimed by someone else: 1001, 1002, 1005".
    /// </summary>
    public virtual async Task NotifyAsync(CreateBatchResult result)
    {
        if (result.Succeeded)
            _notificationService.SuccessNotification(await _display.FormatAsync("Plugins.Misc.MerchantOps.Packing.Queue.BatchCreated",
                await _display.BatchTitleAsync(result.BatchId, null), result.ClaimedOrderIds.Count));
        else
            _notificationService.ErrorNotification(await _display.TextAsync(result.ResourceKey));

        if (result.RefusedOrders.Count == 0)
            return;

        var orders = await _orderQuery.GetOrdersAsync(result.RefusedOrders.Select(order => order.OrderId));
        foreach (var group in result.RefusedOrders.GroupBy(order => order.ResourceKey))
        {
            var numbers = string.Join(", ", group.Select(order => orders.TryGetValue(order.OrderId, out var info) ? info.OrderNumber : order.OrderId.ToString()));
            _notificationService.WarningNotification(await _display.FormatAsync(RefusedKey(group.Key), group.Count(), numbers, await _display.TextAsync(group.Key)));
        }
    }

    private static string RefusedKey(string resourceKey) => resourceKey switch
    {
        Claim.AlreadyInBatch => "Plugins.Misc.MerchantOps.Packing.Queue.Refused.AlreadyClaimed",
        Claim.TakenMeanwhile => "Plugins.Misc.MerchantOps.Packing.Queue.Refused.TakenMeanwhile",
        Claim.NotReady => "Plugins.Misc.MerchantOps.Packing.Queue.Refused.NotReady",
        Claim.NothingToPack => "Plugins.Misc.MerchantOps.Packing.Queue.Refused.NothingToPack",
        _ => "Plugins.Misc.MerchantOps.Packing.Queue.Refused.Other"
    };
}
