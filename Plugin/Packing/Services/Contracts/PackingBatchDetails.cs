using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public sealed record PackingBatchDetails(PackingBatchSummary Batch, IReadOnlyList<PackingBatchOrderRow> Orders);
