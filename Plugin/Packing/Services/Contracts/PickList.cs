using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public sealed record PickList(int BatchId, string BatchName, IReadOnlyList<PickListLine> Lines)
{
    public int TotalQuantity => Lines.Sum(line => line.TotalQuantity);
}
