using Nop.Core;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Records in the audit trail that nopCommerce published ShipmentSentEvent for a packing batch's shipment. The event
/// leaves no other trace in the database, and a ship retry must know whether an interrupted ShipAsync got that far
/// (<see cref="ShipAttemptRunner"/>): it publishes the event only when this record is missing. nopCommerce calls
/// consumers inside PublishAsync, so the record is written before ShipAsync goes on.
/// </summary>
public class ShipmentSentConsumer : IConsumer<ShipmentSentEvent>
{
    private readonly PackingAudit _audit;
    private readonly IRepository<PackingBatchOrder> _batchOrders;
    private readonly IWorkContext _workContext;

    public ShipmentSentConsumer(PackingAudit audit, IRepository<PackingBatchOrder> batchOrders, IWorkContext workContext)
    {
        _audit = audit;
        _batchOrders = batchOrders;
        _workContext = workContext;
    }

    public async Task HandleEventAsync(ShipmentSentEvent eventMessage)
    {
        var shipmentId = eventMessage.Shipment?.Id ?? 0;
        if (shipmentId == 0)
            return;

        var rows = await _batchOrders.Table.Where(row => row.ShipmentId == shipmentId).ToListAsync();
        if (rows.Count == 0)
            return;

        var actor = await PackingActor.CurrentAsync(_workContext);
        foreach (var row in rows)
            await _audit.RecordAsync(actor, PackingEventType.ShipmentSent, row.BatchId, row, note: ShipmentNote(shipmentId));
    }

    /// <summary>The audit note that names the shipment.</summary>
    public static string ShipmentNote(int shipmentId) => $"shipment #{shipmentId}";
}
