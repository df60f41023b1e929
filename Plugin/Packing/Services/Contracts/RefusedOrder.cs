using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>An order that could not be put in the batch, and why.</summary>
public sealed record RefusedOrder(int OrderId, string ResourceKey);
