using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Named steps inside the row-writing fakes of nopCommerce's services (shipments and ShipAsync, order notes, queued
/// emails) where a test makes the store fail, as a time-out or a crash would: used by packing's ship and by replies'
/// email and note steps.
/// </summary>
public enum FaultPoint
{
    /// <summary>The shipment row is inserted, then the call fails: its id never reaches the caller.</summary>
    AfterShipmentInsert,

    /// <summary>A shipment item row is inserted, then the call fails.</summary>
    AfterShipmentItemInsert,

    /// <summary>Inside ShipAsync: the shipment is marked shipped, no stock is booked yet.</summary>
    InShipAfterShipmentMarked,

    /// <summary>Inside ShipAsync: the first shipment item's reserved stock is booked, the others are not.</summary>
    InShipAfterFirstItemBooked,

    /// <summary>Inside ShipAsync: stock booked, the order's shipping status saved; no note yet.</summary>
    InShipAfterShippingStatusSaved,

    /// <summary>Inside ShipAsync: the "sent" note, the "Shipped" email and its note are written; ShipmentSentEvent not published.</summary>
    InShipBeforeShipmentSentEvent,

    /// <summary>Inside ShipAsync: ShipmentSentEvent published; CheckOrderStatusAsync not called.</summary>
    InShipAfterShipmentSentEvent,

    /// <summary>Inside CheckOrderStatusAsync: the order saved Complete; OrderStatusChangedEvent, note and emails not yet.</summary>
    InCompleteAfterOrderStatusSaved,

    /// <summary>ShipAsync did everything, then the call fails.</summary>
    AfterShip,

    /// <summary>An order note is about to be inserted, and is not (the first note written after the failure is asked for).</summary>
    BeforeNoteInsert,

    /// <summary>An order note row is inserted, then the call fails: its id never reaches the caller.</summary>
    AfterNoteInsert,

    /// <summary>A queued email is about to be inserted, and is not (the first one after the failure is asked for).</summary>
    BeforeQueuedEmailInsert,

    /// <summary>A queued email row is inserted, then the call fails: its id never reaches the caller.</summary>
    AfterQueuedEmailInsert
}

public sealed class InjectedFailureException : Exception
{
    public InjectedFailureException(FaultPoint point) : base($"Injected failure: {point}")
    {
        Point = point;
    }

    public FaultPoint Point { get; }
}

/// <summary>
/// Failures injected into nopCommerce's services at named steps: the row-writing fakes (RepositoryShipmentService,
/// RepositoryOrderService, RepositoryOrderProcessingService, RepositoryQueuedEmailService) throw
/// <see cref="InjectedFailureException"/> at a <see cref="FaultPoint"/>, each time as many times as asked.
/// </summary>
public sealed class InjectedFaults
{
    private readonly ConcurrentDictionary<FaultPoint, int> _pending = new();

    public InjectedFaults FailOnce(FaultPoint point)
    {
        _pending.AddOrUpdate(point, 1, (_, count) => count + 1);
        return this;
    }

    /// <summary>Called by the fakes at each point: throws if a failure is pending there.</summary>
    public void At(FaultPoint point)
    {
        while (_pending.TryGetValue(point, out var count) && count > 0)
            if (_pending.TryUpdate(point, count - 1, count))
                throw new InjectedFailureException(point);
    }
}
