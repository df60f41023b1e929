namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/TokenGroupNames.cs (subset: the groups Merchant Ops uses)
public static partial class TokenGroupNames
{
    public static string StoreTokens => "Store tokens";

    public static string CustomerTokens => "Customer tokens";

    public static string OrderTokens => "Order tokens";

    public static string ShipmentTokens => "Shipment tokens";
}
