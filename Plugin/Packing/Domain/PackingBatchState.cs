namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Life of a batch: Open → Picking → Packing → Done, or Cancelled before Done.</summary>
public enum PackingBatchState
{
    Open = 10,
    Picking = 20,
    Packing = 30,
    Done = 40,
    Cancelled = 50
}
