namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>One token of the insert list, with its group (Store, Customer, Order, Shipment).</summary>
public record ReplyTokenModel(string Group, string Token, bool OrderOnly);
