namespace Nop.Web.Framework.Infrastructure;

// Real source: src/Presentation/Nop.Web.Framework/Infrastructure/AdminWidgetZones.cs
// (subset of nopCommerce's 309 zones; values exact). Properties, not constants: not usable in attributes or case labels.
public static partial class AdminWidgetZones
{
    //layout
    public static string HeaderBefore => "admin_header_before";
    public static string HeaderAfter => "admin_header_after";
    public static string HeaderMiddle => "admin_header_middle";
    public static string HeaderNavbarBefore => "admin_header_navbar_before";
    public static string HeaderNavbarAfter => "admin_header_navbar_after";
    public static string HeaderToggleAfter => "admin_header_toggle_after";
    public static string MenuBefore => "admin_menu_before";
    public static string SearchBoxBefore => "admin_searchbox_before";
    public static string CardBefore => "admin_card_before";
    public static string CardAfter => "admin_card_after";

    //dashboard
    public static string DashboardTop => "admin_dashboard_top";
    public static string DashboardNewsAfter => "admin_dashboard_news_after";
    public static string DashboardCommonstatisticsAfter => "admin_dashboard_commonstatistics_after";
    public static string DashboardCustomerorderchartsAfter => "admin_dashboard_customerordercharts_after";
    public static string DashboardOrderreportsAfter => "admin_dashboard_orderreports_after";
    public static string DashboardLatestordersSearchtermsAfter => "admin_dashboard_latestorders_searchterms_after";
    public static string DashboardBottom => "admin_dashboard_bottom";

    //orders and shipments
    public static string OrderDetailsBlock => "admin_order_details_block";
    public static string OrderDetailsButtons => "admin_order_details_buttons";
    public static string OrderListButtons => "admin_order_list_buttons";
    public static string OrderShipmentListButtons => "admin_order_shipment_list_buttons";
    public static string OrderShipmentDetailsButtons => "admin_order_shipment_details_buttons";
    public static string OrderShipmentAddButtons => "admin_order_shipment_add_buttons";
    public static string OrderPartiallyRefundButtons => "admin_order_partially_refund_buttons";
    public static string OrderAddressDetailsTop => "admin_order_address_details_top";
    public static string OrderAddressDetailsBottom => "admin_order_address_details_bottom";
    public static string OrderAddressDetailsButtons => "admin_order_address_details_buttons";
    //these two have no "admin_" prefix in nopCommerce
    public static string OrderBillingAddressDetailsBottom => "order_billing_address_details_bottom";
    public static string OrderShippingAddressDetailsBottom => "order_shipping_address_details_bottom";
    public static string OrderSettingsDetailsBlock => "admin_order_settings_details_block";
    public static string OrderSettingsButtons => "admin_order_settings_buttons";

    //customers
    public static string CustomerDetailsBlock => "admin_customer_details_block";
    public static string CustomerDetailsButtons => "admin_customer_details_buttons";
    public static string CustomerListButtons => "admin_customer_list_buttons";
    public static string CurrentShoppingCartListButtons => "admin_current_shopping_cart_list_buttons";

    //catalog
    public static string ProductDetailsBlock => "admin_product_details_block";
    public static string ProductDetailsButtons => "admin_product_details_buttons";
    public static string ProductListButtons => "admin_product_list_buttons";
    public static string ProductReviewListButtons => "admin_product_review_list_buttons";
    public static string ProductReviewDetailsTop => "admin_product_review_details_top";
    public static string ProductReviewDetailsBottom => "admin_product_review_details_bottom";
    public static string ProductReviewDetailsButtons => "admin_product_review_details_buttons";

    //returns
    public static string ReturnRequestListButtons => "admin_return_request_list_buttons";
    public static string ReturnRequestDetailsTop => "admin_return_request_details_top";
    public static string ReturnRequestDetailsBottom => "admin_return_request_details_bottom";
    public static string ReturnRequestDetailsButtons => "admin_return_request_details_buttons";

    //messages
    public static string MessageTemplateListButtons => "admin_message_template_list_buttons";
    public static string MessageTemplateDetailsTop => "admin_message_template_details_top";
    public static string MessageTemplateDetailsBottom => "admin_message_template_details_bottom";
    public static string MessageTemplateDetailsButtons => "admin_message_template_details_buttons";
    public static string QueuedEmailListButtons => "admin_queued_email_list_buttons";

    //warehouses and widgets
    public static string WarehouseListButtons => "admin_warehouse_list_buttons";
    public static string WarehouseDetailsTop => "admin_warehouse_details_top";
    public static string WarehouseDetailsBottom => "admin_warehouse_details_bottom";
    public static string WarehouseDetailsButtons => "admin_warehouse_details_buttons";
    public static string WidgetListButtons => "admin_widget_list_buttons";
}
