using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// The order notes nopCommerce 4.90.3 writes while shipping a shipment (OrderProcessingService.ShipAsync) and
/// completing an order (SetOrderStatusAsync). nopCommerce writes them in English, not from resources. When a ship
/// retry finishes an interrupted ShipAsync (<see cref="Services.ShipAttemptRunner"/>), it looks for these notes to
/// know how far nopCommerce got, and writes the missing ones with the same words, so the order's history reads as if
/// shipped in one go. These are the notes' wording only; keep them in step with the store's version.
/// </summary>
public static partial class NopOrderNotes
{
    /// <summary>nopCommerce's resource for the stock history line of a shipped item ({0}: the order id).</summary>
    public const string StockShippedResourceKey = "Admin.StockQuantityHistory.Messages.Ship";

    private const string ShippedEmailPrefix = "\"Shipped\" email (to customer) has been queued.";

    public static string ShipmentSent(int shipmentId) => $"Shipment# {shipmentId} has been sent";

    public static bool IsShipmentSent(string note) => note is not null && ShipmentSentPattern().IsMatch(note);

    public static string ShippedEmailQueued(IEnumerable<int> queuedEmailIds) =>
        $"{ShippedEmailPrefix} Queued email identifiers: {string.Join(", ", queuedEmailIds)}.";

    public static bool IsShippedEmailQueued(string note) => note?.StartsWith(ShippedEmailPrefix, StringComparison.Ordinal) == true;

    /// <param name="status">The status as nopCommerce names it (ILocalizationService.GetLocalizedEnumAsync).</param>
    public static string StatusChanged(string status) => $"Order status has been changed to {status}";

    /// <summary>The queued email ids a "... email ... has been queued" note lists.</summary>
    public static IEnumerable<int> ListedEmailIds(string note)
    {
        var match = note is null ? Match.Empty : ListedIdsPattern().Match(note);
        return match.Success
            ? match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
            : [];
    }

    [GeneratedRegex(@"^Shipment# \d+ has been sent$")]
    private static partial Regex ShipmentSentPattern();

    [GeneratedRegex(@"email \(to [a-z ]+\) has been queued\. Queued email identifiers: ([\d, ]+)\.$")]
    private static partial Regex ListedIdsPattern();
}
