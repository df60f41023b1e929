namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

public enum ScanMatchKind
{
    /// <summary>The code is an item of the order with units left to verify.</summary>
    Matched,

    /// <summary>The code is an item of the order, but every unit is already verified.</summary>
    OverQuantity,

    /// <summary>The code is no item of the order.</summary>
    NoMatch
}
