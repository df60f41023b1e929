namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>Filters of the packing queue; 0/null mean "any". The queue is always oldest first.</summary>
public sealed record PackingQueueFilter
{
    public int StoreId { get; init; }

    /// <summary>The shipping method name as the order recorded it (e.g. "Ground").</summary>
    public string ShippingMethod { get; init; }

    /// <summary>Orders with an item stocked in this warehouse.</summary>
    public int WarehouseId { get; init; }

    /// <summary>Country of the shipping address.</summary>
    public int CountryId { get; init; }

    /// <summary>Orders placed at least this many hours ago.</summary>
    public int? MinAgeHours { get; init; }

    /// <summary>Orders placed at most this many hours ago.</summary>
    public int? MaxAgeHours { get; init; }

    /// <summary>Orders containing this product.</summary>
    public int ProductId { get; init; }
}
