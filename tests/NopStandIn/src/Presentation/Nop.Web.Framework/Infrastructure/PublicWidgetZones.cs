namespace Nop.Web.Framework.Infrastructure;

// Real source: src/Presentation/Nop.Web.Framework/Infrastructure/PublicWidgetZones.cs
// (subset of nopCommerce's 231 zones; values exact). Properties, not constants.
public static partial class PublicWidgetZones
{
    public static string HeadHtmlTag => "head_html_tag";
    public static string BodyStartHtmlTagAfter => "body_start_html_tag_after";
    public static string BodyEndHtmlTagBefore => "body_end_html_tag_before";
    public static string ContentBefore => "content_before";
    public static string ContentAfter => "content_after";
    public static string Footer => "footer";
    public static string HeaderLinksBefore => "header_links_before";
    public static string HeaderLinksAfter => "header_links_after";

    public static string ProductDetailsTop => "productdetails_top";
    public static string ProductDetailsOverviewTop => "productdetails_overview_top";
    public static string ProductDetailsOverviewBottom => "productdetails_overview_bottom";
    public static string ProductDetailsAddInfo => "productdetails_add_info";
    public static string ProductDetailsBottom => "productdetails_bottom";
    public static string CategoryDetailsTop => "categorydetails_top";
    public static string CategoryDetailsBottom => "categorydetails_bottom";

    public static string OrderSummaryContentBefore => "order_summary_content_before";
    public static string OrderSummaryContentAfter => "order_summary_content_after";
    public static string OrderSummaryContentDeals => "order_summary_content_deals";
    public static string OrderSummaryCartFooter => "order_summary_cart_footer";

    public static string CheckoutProgressBefore => "checkout_progress_before";
    public static string CheckoutProgressAfter => "checkout_progress_after";
    public static string CheckoutBillingAddressTop => "checkout_billing_address_top";
    public static string CheckoutBillingAddressMiddle => "checkout_billing_address_middle";
    public static string CheckoutBillingAddressBottom => "checkout_billing_address_bottom";
    public static string CheckoutShippingMethodTop => "checkout_shipping_method_top";
    public static string CheckoutShippingMethodBottom => "checkout_shipping_method_bottom";
    public static string CheckoutPaymentMethodTop => "checkout_payment_method_top";
    public static string CheckoutPaymentMethodBottom => "checkout_payment_method_bottom";
    public static string CheckoutConfirmTop => "checkout_confirm_top";
    public static string CheckoutConfirmBottom => "checkout_confirm_bottom";
    public static string CheckoutCompletedTop => "checkout_completed_top";
    public static string CheckoutCompletedBottom => "checkout_completed_bottom";
    public static string OpcContentBefore => "opc_content_before";
    public static string OpcContentAfter => "opc_content_after";

    public static string OrderDetailsPageTop => "orderdetails_page_top";
    public static string OrderDetailsPageBottom => "orderdetails_page_bottom";
}
