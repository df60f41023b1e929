namespace Nop.Services.Security;

// Real source: src/Libraries/Nop.Services/Security/StandardPermission.cs (subset of the constants)
public partial class StandardPermission
{
    public partial class Orders
    {
        public const string ORDERS_VIEW = $"{nameof(Orders)}.OrdersView";
        public const string ORDERS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.OrdersCreateEditDelete";
        public const string SHIPMENTS_VIEW = $"{nameof(Orders)}.ShipmentsView";
        public const string SHIPMENTS_CREATE_EDIT_DELETE = $"{nameof(Orders)}.ShipmentsCreateEditDelete";
        public const string RETURN_REQUESTS_VIEW = $"{nameof(Orders)}.ReturnRequestsView";
        public const string CURRENT_CARTS_MANAGE = $"{nameof(Orders)}.CurrentCartsManage";
    }

    public partial class Catalog
    {
        public const string PRODUCTS_VIEW = $"{nameof(Catalog)}.ProductsView";
        public const string PRODUCT_REVIEWS_VIEW = $"{nameof(Catalog)}.ProductReviewsView";
    }

    public partial class Reports
    {
        public const string LOW_STOCK = $"{nameof(Reports)}.LowStock";
    }

    public partial class Configuration
    {
        public const string MANAGE_WIDGETS = $"{nameof(Configuration)}.ManageWidgets";
        public const string MANAGE_SETTINGS = $"{nameof(Configuration)}.ManageSettings";
        public const string MANAGE_PLUGINS = $"{nameof(Configuration)}.ManagePlugins";
    }

    public partial class Security
    {
        public const string ACCESS_ADMIN_PANEL = $"{nameof(Security)}.AccessAdminPanel";
    }
}
