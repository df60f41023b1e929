using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// When shipping an order again makes sense: the order is in Problem because a ship attempt failed (a Ship.* key)
/// for a reason that may pass (nopCommerce's error, a time-out). An order cancelled, refunded or deleted meanwhile,
/// collected in store or with nothing left to ship would only fail again: it needs a person, not a retry.
/// </summary>
public static class ShipRetry
{
    private const string ShipKeyPrefix = "Plugins.Misc.MerchantOps.Packing.Ship.";

    private static readonly HashSet<string> Final = new(StringComparer.Ordinal)
    {
        Keys.Ship.OrderCancelled,
        Keys.Ship.OrderRefunded,
        Keys.Ship.OrderDeleted,
        Keys.Ship.PickupInStore,
        Keys.Ship.NothingLeftToShip,
        Keys.Ship.AlreadyShipped
    };

    public static bool IsShipFailure(string problemResourceKey) =>
        problemResourceKey?.StartsWith(ShipKeyPrefix, StringComparison.Ordinal) == true;

    public static bool CanRetry(PackingOrderStatus status, string problemResourceKey) =>
        status == PackingOrderStatus.Problem && IsShipFailure(problemResourceKey) && !Final.Contains(problemResourceKey);
}
