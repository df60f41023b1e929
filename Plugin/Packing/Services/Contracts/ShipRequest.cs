using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public sealed record ShipRequest(string TrackingNumber = null, decimal? TotalWeight = null);
