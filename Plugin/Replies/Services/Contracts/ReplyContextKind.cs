namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public enum ReplyContextKind
{
    /// <summary>Store, customer, order and shipment tokens.</summary>
    Order,

    /// <summary>Store and customer tokens.</summary>
    Customer
}
