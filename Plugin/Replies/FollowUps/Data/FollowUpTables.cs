namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>Table and index names of the follow-ups (never renamed: installed stores keep them).</summary>
public static class FollowUpTables
{
    public const string Rule = "MerchantOpsFollowUpRule";
    public const string Send = "MerchantOpsFollowUpSend";
    public const string OptOut = "MerchantOpsFollowUpOptOut";

    /// <summary>A rule's follow-up goes to a target once, ever: what makes two task runs at the same moment send one email.</summary>
    public const string SendTargetIndex = "UX_MerchantOpsFollowUpSend_Rule_Target";

    /// <summary>The email's link token, looked up on arrival.</summary>
    public const string SendClickTokenIndex = "UX_MerchantOpsFollowUpSend_ClickToken";

    /// <summary>A customer's follow-ups of the last days (the cap across rules).</summary>
    public const string SendCustomerIndex = "IX_MerchantOpsFollowUpSend_Customer_Created";

    public const string OptOutCustomerIndex = "UX_MerchantOpsFollowUpOptOut_Customer";

    /// <summary>The reply send row's mark "sent by this rule" (null: by a person); added to the replies' table.</summary>
    public const string ReplySendRuleColumn = "FollowUpRuleId";

    /// <summary>nopCommerce's Shipment by delivery date: the review request's window (FollowUpIndexMigration).</summary>
    public const string ShipmentDeliveredIndex = "IX_MerchantOps_Shipment_DeliveryDateUtc";

    /// <summary>nopCommerce's Shipment by shipping date: review requests counted from shipping.</summary>
    public const string ShipmentShippedIndex = "IX_MerchantOps_Shipment_ShippedDateUtc";

    /// <summary>nopCommerce's Order by payment status and date: the orders still pending payment.</summary>
    public const string OrderPaymentIndex = "IX_MerchantOps_Order_PaymentStatusId_CreatedOnUtc";

    /// <summary>nopCommerce's ShoppingCartItem by type and last change: the carts changed in the abandoned-cart window.</summary>
    public const string CartChangedIndex = "IX_MerchantOps_ShoppingCartItem_Type_UpdatedOnUtc";
}
