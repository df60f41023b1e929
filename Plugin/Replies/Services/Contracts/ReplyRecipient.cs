using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>
/// Who a reply goes to, as the current user may see it: the order (when sent from one), the customer, the store,
/// the language it is written in, the address it goes to. Not found (<see cref="NotFoundKey"/>) when the current
/// user may not see the target.
/// </summary>
public sealed record ReplyRecipient(bool Found, string NotFoundKey, Order Order, Customer Customer, Store Store,
    int VendorId, int LanguageId, string ToEmail, string ToName)
{
    public static ReplyRecipient NotFound(string key) => new(false, key, null, null, null, 0, 0, null, null);
}
