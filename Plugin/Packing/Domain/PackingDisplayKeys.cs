namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// Resource keys of the enum labels. nopCommerce's own "Enums.*" keys would fall outside the plugin's prefix and
/// survive uninstall, hence keys of our own.
/// </summary>
public static class PackingDisplayKeys
{
    public static string For(PackingBatchState state) => state switch
    {
        PackingBatchState.Open => "Plugins.Misc.MerchantOps.Packing.BatchState.Open",
        PackingBatchState.Picking => "Plugins.Misc.MerchantOps.Packing.BatchState.Picking",
        PackingBatchState.Packing => "Plugins.Misc.MerchantOps.Packing.BatchState.Packing",
        PackingBatchState.Done => "Plugins.Misc.MerchantOps.Packing.BatchState.Done",
        _ => "Plugins.Misc.MerchantOps.Packing.BatchState.Cancelled"
    };

    public static string For(PackingOrderStatus status) => status switch
    {
        PackingOrderStatus.Pending => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Pending",
        PackingOrderStatus.Packed => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Packed",
        PackingOrderStatus.Shipping => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Shipping",
        PackingOrderStatus.Shipped => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Shipped",
        PackingOrderStatus.Problem => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Problem",
        PackingOrderStatus.Skipped => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Skipped",
        _ => "Plugins.Misc.MerchantOps.Packing.OrderStatus.Removed"
    };

    public static string For(PackingSkipReason reason) => reason switch
    {
        PackingSkipReason.OutOfStock => "Plugins.Misc.MerchantOps.Packing.SkipReason.OutOfStock",
        PackingSkipReason.AddressProblem => "Plugins.Misc.MerchantOps.Packing.SkipReason.AddressProblem",
        PackingSkipReason.CustomerRequest => "Plugins.Misc.MerchantOps.Packing.SkipReason.CustomerRequest",
        _ => "Plugins.Misc.MerchantOps.Packing.SkipReason.Other"
    };

    public static string For(PackingEventType type) => type switch
    {
        PackingEventType.BatchCreated => "Plugins.Misc.MerchantOps.Packing.Event.BatchCreated",
        PackingEventType.BatchAssigned => "Plugins.Misc.MerchantOps.Packing.Event.BatchAssigned",
        PackingEventType.PickingStarted => "Plugins.Misc.MerchantOps.Packing.Event.PickingStarted",
        PackingEventType.PackingStarted => "Plugins.Misc.MerchantOps.Packing.Event.PackingStarted",
        PackingEventType.BatchDone => "Plugins.Misc.MerchantOps.Packing.Event.BatchDone",
        PackingEventType.BatchCancelled => "Plugins.Misc.MerchantOps.Packing.Event.BatchCancelled",
        PackingEventType.ClaimRefused => "Plugins.Misc.MerchantOps.Packing.Event.ClaimRefused",
        PackingEventType.WrongItem => "Plugins.Misc.MerchantOps.Packing.Event.WrongItem",
        PackingEventType.ItemOfAnotherOrder => "Plugins.Misc.MerchantOps.Packing.Event.ItemOfAnotherOrder",
        PackingEventType.UnknownCode => "Plugins.Misc.MerchantOps.Packing.Event.UnknownCode",
        PackingEventType.OverQuantity => "Plugins.Misc.MerchantOps.Packing.Event.OverQuantity",
        PackingEventType.OrderPacked => "Plugins.Misc.MerchantOps.Packing.Event.OrderPacked",
        PackingEventType.ManualOverride => "Plugins.Misc.MerchantOps.Packing.Event.ManualOverride",
        PackingEventType.OrderSkipped => "Plugins.Misc.MerchantOps.Packing.Event.OrderSkipped",
        PackingEventType.OrderRemoved => "Plugins.Misc.MerchantOps.Packing.Event.OrderRemoved",
        PackingEventType.ProblemFlagged => "Plugins.Misc.MerchantOps.Packing.Event.ProblemFlagged",
        PackingEventType.ProblemCleared => "Plugins.Misc.MerchantOps.Packing.Event.ProblemCleared",
        PackingEventType.OrderShipped => "Plugins.Misc.MerchantOps.Packing.Event.OrderShipped",
        PackingEventType.ShipFailed => "Plugins.Misc.MerchantOps.Packing.Event.ShipFailed",
        PackingEventType.ShipmentSent => "Plugins.Misc.MerchantOps.Packing.Event.ShipmentSent",
        _ => "Plugins.Misc.MerchantOps.Packing.Event.ShipResumed"
    };
}
