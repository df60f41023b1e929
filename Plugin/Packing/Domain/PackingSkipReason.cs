namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Why a packer skipped an order (it goes back to the queue).</summary>
public enum PackingSkipReason
{
    OutOfStock = 10,
    AddressProblem = 20,
    CustomerRequest = 30,
    Other = 90
}
