namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>The catalog codes of a product, and of its attribute combination when the order item has one.</summary>
public sealed record ProductCodes(string Sku, string Gtin, string ManufacturerPartNumber);
