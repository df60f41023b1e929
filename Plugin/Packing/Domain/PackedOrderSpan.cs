namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>An order a packer packed and shipped: from the first scan (or the packing mark) to the shipment.</summary>
public sealed record PackedOrderSpan(int PackerCustomerId, DateTime StartedUtc, DateTime ShippedUtc);
