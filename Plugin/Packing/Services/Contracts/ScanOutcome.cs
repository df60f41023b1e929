using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public enum ScanOutcome
{
    /// <summary>A unit was ticked; the order still has units to verify.</summary>
    Matched,

    /// <summary>A unit was ticked and every item of the order is now verified.</summary>
    OrderPacked,

    /// <summary>The code is an order number of the batch: open that order.</summary>
    OpenOrder,

    EmptyCode,
    UnknownCode,
    WrongItem,
    ItemOfAnotherOrder,
    OverQuantity,

    /// <summary>The batch or the order is not in a state that accepts scans.</summary>
    NotAllowed
}
