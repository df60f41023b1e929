namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>An order ready to pack, as the queue lists it.</summary>
public sealed record PackingQueueRow
{
    public int OrderId { get; init; }

    public string OrderNumber { get; init; }

    public int StoreId { get; init; }

    public DateTime CreatedOnUtc { get; init; }

    public DateTime? PaidDateUtc { get; init; }

    public int PaymentStatusId { get; init; }

    public int ShippingStatusId { get; init; }

    public string ShippingMethod { get; init; }

    public int? CountryId { get; init; }

    public string ShipToFirstName { get; init; }

    public string ShipToLastName { get; init; }

    /// <summary>Units of shippable items (of the vendor's products, for a vendor).</summary>
    public int ItemCount { get; init; }
}
