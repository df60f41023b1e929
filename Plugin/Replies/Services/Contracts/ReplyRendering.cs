using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Render;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

/// <summary>A rendering and what was loaded for it.</summary>
public sealed record ReplyRendering(RenderedReply Rendered, string NotFoundKey, Order Order, Customer Customer, Store Store, EmailAccount EmailAccount)
{
    public static ReplyRendering NotFound(string key) =>
        new(new RenderedReply { Found = false, WarningKeys = new List<string> { key } }, key, null, null, null, null);
}
