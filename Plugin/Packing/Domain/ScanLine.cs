namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>An item of the order on the pack screen, with the codes that identify it.</summary>
public sealed record ScanLine(int ItemId, IReadOnlyList<string> Codes, int Quantity, int VerifiedQuantity)
{
    public int Remaining => Math.Max(0, Quantity - VerifiedQuantity);
}
