using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Core;
using Nop.Core.Events;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework.Events;

namespace Nop.Web.Framework.Menu;

// Real source: src/Presentation/Nop.Web.Framework/Menu/AdminMenu.cs
// Stand-in: a reduced stock tree (every top-level node of nopCommerce 4.90, a few children each, same
// system names, permissions and targets); titles in English unless a resource says otherwise.
// After AdminMenuCreatedEvent it filters like nopCommerce: a visible node with children needs ANY of its
// permissions, a leaf needs ALL of them (a node without permissions of its own uses its parent's, which a
// parent without its own collects from all its descendants); then, unless showHidden, a leaf without URL
// is hidden and a parent is visible only if one of its children is.
public partial class AdminMenu : IAdminMenu
{

    /// <summary>Values of StandardPermission constants that the stand-in's Nop.Services does not declare.</summary>
    private static class Permission
    {
        public const string Catalog_PRODUCTS_VIEW = "Catalog.ProductsView";
        public const string Catalog_CATEGORIES_VIEW = "Catalog.CategoriesView";
        public const string Catalog_MANUFACTURER_VIEW = "Catalog.ManufacturerView";
        public const string Catalog_PRODUCT_REVIEWS_VIEW = "Catalog.ProductReviewsView";
        public const string Orders_RETURN_REQUESTS_VIEW = "Orders.ReturnRequestsView";
        public const string Orders_RECURRING_PAYMENTS_VIEW = "Orders.RecurringPaymentsView";
        public const string Orders_GIFT_CARDS_VIEW = "Orders.GiftCardsView";
        public const string Orders_CURRENT_CARTS_MANAGE = "Orders.CurrentCartsManage";
        public const string Customers_CUSTOMERS_VIEW = "Customers.CustomersView";
        public const string Customers_CUSTOMER_ROLES_VIEW = "Customers.CustomerRolesView";
        public const string Customers_VENDORS_VIEW = "Customers.VendorsView";
        public const string Customers_ACTIVITY_LOG_VIEW = "Customers.ActivityLogView";
        public const string Promotions_DISCOUNTS_VIEW = "Promotions.DiscountsView";
        public const string ContentManagement_TOPICS_VIEW = "ContentManagement.TopicsView";
        public const string ContentManagement_MESSAGE_TEMPLATES_VIEW = "ContentManagement.MessageTemplatesView";
        public const string Configuration_MANAGE_EMAIL_ACCOUNTS = "Configuration.ManageEmailAccounts";
        public const string Configuration_MANAGE_STORES = "Configuration.ManageStores";
        public const string Configuration_MANAGE_LANGUAGES = "Configuration.ManageLanguages";
        public const string Configuration_MANAGE_SHIPPING_SETTINGS = "Configuration.ManageShippingSettings";
        public const string Configuration_MANAGE_ACL = "Configuration.ManageACL";
        public const string System_MANAGE_SYSTEM_LOG = "System.ManageSystemLog";
        public const string System_MANAGE_MESSAGE_QUEUE = "System.ManageMessageQueue";
        public const string System_MANAGE_SCHEDULE_TASKS = "System.ManageScheduleTasks";
        public const string Reports_SALES_SUMMARY = "Reports.SalesSummary";
        public const string Reports_LOW_STOCK = "Reports.LowStock";
        public const string Reports_BESTSELLERS = "Reports.Bestsellers";
    }

    protected AdminMenuItem _rootItem;

    protected readonly IEventPublisher _eventPublisher;
    private readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly ILocalizationService _localizationService;
    protected readonly IPermissionService _permissionService;
    private readonly LinkGenerator _linkGenerator;
    protected readonly IWorkContext _workContext;

    public AdminMenu(IEventPublisher eventPublisher,
        IHttpContextAccessor httpContextAccessor,
        ILocalizationService localizationService,
        IPermissionService permissionService,
        LinkGenerator linkGenerator,
        IWorkContext workContext)
    {
        _eventPublisher = eventPublisher;
        _httpContextAccessor = httpContextAccessor;
        _localizationService = localizationService;
        _permissionService = permissionService;
        _linkGenerator = linkGenerator;
        _workContext = workContext;
    }

    /// <summary>Admin URL of a stock page: the stand-in host has no stock controllers, so it is composed, not generated.</summary>
    private string StockUrl(string controllerName, string actionName)
    {
        var pathBase = _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty;
        return $"{pathBase}/{AreaNames.ADMIN}/{controllerName}/{actionName}";
    }

    private async Task<string> TitleAsync(string resourceKey, string english)
    {
        var language = await _workContext.GetWorkingLanguageAsync();
        return await _localizationService.GetResourceAsync(resourceKey, language?.Id ?? 0, logIfNotFound: false, defaultValue: english);
    }

    private async Task<AdminMenuItem> LeafAsync(string systemName, string resourceKey, string english,
        string controllerName, string actionName, string permission, string iconClass = "far fa-dot-circle") => new()
    {
        SystemName = systemName,
        Title = await TitleAsync(resourceKey, english),
        Url = StockUrl(controllerName, actionName),
        PermissionNames = permission == null ? null : new List<string> { permission },
        IconClass = iconClass
    };

    private async Task<AdminMenuItem> NodeAsync(string systemName, string resourceKey, string english,
        string iconClass, params AdminMenuItem[] children) => new()
    {
        SystemName = systemName,
        Title = await TitleAsync(resourceKey, english),
        IconClass = iconClass,
        ChildNodes = children.ToList()
    };

    private async Task<AdminMenuItem> BuildStockRootAsync()
    {
        var root = await NodeAsync("Home", "Admin.Home", "Home", null,
            await LeafAsync("Dashboard", "Admin.Dashboard", "Dashboard", "Home", "Index", null, "fas fa-desktop"),
            await NodeAsync("Catalog", "Admin.Catalog", "Catalog", "fas fa-book",
                await LeafAsync("Products", "Admin.Catalog.Products", "Products", "Product", "List", Permission.Catalog_PRODUCTS_VIEW),
                await LeafAsync("Categories", "Admin.Catalog.Categories", "Categories", "Category", "List", Permission.Catalog_CATEGORIES_VIEW),
                await LeafAsync("Manufacturers", "Admin.Catalog.Manufacturers", "Manufacturers", "Manufacturer", "List", Permission.Catalog_MANUFACTURER_VIEW),
                await LeafAsync("Product reviews", "Admin.Catalog.ProductReviews", "Product reviews", "ProductReview", "List", Permission.Catalog_PRODUCT_REVIEWS_VIEW)),
            await NodeAsync("Sales", "Admin.Sales", "Sales", "fas fa-shopping-cart",
                await LeafAsync("Orders", "Admin.Orders", "Orders", "Order", "List", StandardPermission.Orders.ORDERS_VIEW),
                await LeafAsync("Shipments", "Admin.Orders.Shipments.List", "Shipments", "Order", "ShipmentList", StandardPermission.Orders.SHIPMENTS_VIEW),
                await LeafAsync("Return requests", "Admin.ReturnRequests", "Return requests", "ReturnRequest", "List", Permission.Orders_RETURN_REQUESTS_VIEW),
                await LeafAsync("Recurring payments", "Admin.RecurringPayments", "Recurring payments", "RecurringPayment", "List", Permission.Orders_RECURRING_PAYMENTS_VIEW),
                await LeafAsync("Gift cards", "Admin.GiftCards", "Gift cards", "GiftCard", "List", Permission.Orders_GIFT_CARDS_VIEW),
                await LeafAsync("Current shopping carts and wishlists", "Admin.CurrentShoppingCartsAndWishlists", "Shopping carts and wishlists", "ShoppingCart", "CurrentCarts", Permission.Orders_CURRENT_CARTS_MANAGE)),
            await NodeAsync("Customers", "Admin.Customers", "Customers", "far fa-user",
                await LeafAsync("Customers list", "Admin.Customers.Customers", "Customers", "Customer", "List", Permission.Customers_CUSTOMERS_VIEW),
                await LeafAsync("Customer roles", "Admin.Customers.CustomerRoles", "Customer roles", "CustomerRole", "List", Permission.Customers_CUSTOMER_ROLES_VIEW),
                await LeafAsync("Vendors", "Admin.Vendors", "Vendors", "Vendor", "List", Permission.Customers_VENDORS_VIEW),
                await LeafAsync("Activity logs", "Admin.Customers.ActivityLog", "Activity log", "ActivityLog", "ActivityLogs", Permission.Customers_ACTIVITY_LOG_VIEW)),
            await NodeAsync("Promotions", "Admin.Promotions", "Promotions", "fas fa-tags",
                await LeafAsync("Discounts", "Admin.Promotions.Discounts", "Discounts", "Discount", "List", Permission.Promotions_DISCOUNTS_VIEW)),
            await NodeAsync("Content Management", "Admin.ContentManagement", "Content management", "fas fa-cubes",
                await LeafAsync("Topics", "Admin.ContentManagement.Topics", "Topics (pages)", "Topic", "List", Permission.ContentManagement_TOPICS_VIEW),
                await LeafAsync("Message templates", "Admin.ContentManagement.MessageTemplates", "Message templates", "MessageTemplate", "List", Permission.ContentManagement_MESSAGE_TEMPLATES_VIEW)),
            await NodeAsync("Configuration", "Admin.Configuration", "Configuration", "fas fa-cogs",
                await NodeAsync("Settings", "Admin.Configuration.Settings", "Settings", "far fa-dot-circle",
                    await LeafAsync("General settings", "Admin.Configuration.Settings.GeneralCommon", "General settings", "Setting", "GeneralCommon", StandardPermission.Configuration.MANAGE_SETTINGS, "far fa-circle"),
                    await LeafAsync("Order settings", "Admin.Configuration.Settings.Order", "Order settings", "Setting", "Order", StandardPermission.Configuration.MANAGE_SETTINGS, "far fa-circle"),
                    await LeafAsync("Shipping settings", "Admin.Configuration.Settings.Shipping", "Shipping settings", "Setting", "Shipping", StandardPermission.Configuration.MANAGE_SETTINGS, "far fa-circle")),
                await LeafAsync("Email accounts", "Admin.Configuration.EmailAccounts", "Email accounts", "EmailAccount", "List", Permission.Configuration_MANAGE_EMAIL_ACCOUNTS),
                await LeafAsync("Stores", "Admin.Configuration.Stores", "Stores", "Store", "List", Permission.Configuration_MANAGE_STORES),
                await LeafAsync("Languages", "Admin.Configuration.Languages", "Languages", "Language", "List", Permission.Configuration_MANAGE_LANGUAGES),
                await NodeAsync("Shipping", "Admin.Configuration.Shipping", "Shipping", "far fa-dot-circle",
                    await LeafAsync("Warehouses", "Admin.Configuration.Shipping.Warehouses", "Warehouses", "Shipping", "Warehouses", Permission.Configuration_MANAGE_SHIPPING_SETTINGS, "far fa-circle")),
                await LeafAsync("Access control list", "Admin.Configuration.ACL", "Access control list", "Security", "Permissions", Permission.Configuration_MANAGE_ACL),
                await LeafAsync("Widgets", "Admin.ContentManagement.Widgets", "Widgets", "Widget", "List", StandardPermission.Configuration.MANAGE_WIDGETS),
                await LeafAsync("Local plugins", "Admin.Configuration.Plugins.Local", "Local plugins", "Plugin", "List", StandardPermission.Configuration.MANAGE_PLUGINS)),
            await NodeAsync("System", "Admin.System", "System", "fas fa-cube",
                await LeafAsync("Log", "Admin.System.Log", "Log", "Log", "List", Permission.System_MANAGE_SYSTEM_LOG),
                await LeafAsync("Queued emails", "Admin.System.QueuedEmails", "Message queue", "QueuedEmail", "List", Permission.System_MANAGE_MESSAGE_QUEUE),
                await LeafAsync("Schedule tasks", "Admin.System.ScheduleTasks", "Schedule tasks", "ScheduleTask", "List", Permission.System_MANAGE_SCHEDULE_TASKS)),
            await NodeAsync("Reports", "Admin.Reports", "Reports", "fas fa-chart-line",
                await LeafAsync("Sales summary", "Admin.Reports.SalesSummary", "Sales summary", "Report", "SalesSummary", Permission.Reports_SALES_SUMMARY),
                await LeafAsync("Low stock", "Admin.Reports.LowStock", "Low stock", "Report", "LowStock", Permission.Reports_LOW_STOCK),
                await LeafAsync("Bestsellers", "Admin.Reports.Bestsellers", "Bestsellers", "Report", "Bestsellers", Permission.Reports_BESTSELLERS)),
            await NodeAsync("Help", "Admin.Help", "Help", "fas fa-question-circle",
                new AdminMenuItem
                {
                    SystemName = "Documentation",
                    Title = await TitleAsync("Admin.Help.Documentation", "Documentation"),
                    Url = "https://docs.nopcommerce.com",
                    IconClass = "far fa-dot-circle",
                    OpenUrlInNewTab = true
                }),
            await NodeAsync("Third party plugins", "Admin.Plugins", "Plugins", "fas fa-bars"));

        root.Url = StockUrl("Home", "Overview");
        return root;
    }

    protected virtual async Task<AdminMenuItem> LoadMenuAsync(bool showHidden)
    {
        var root = await BuildStockRootAsync();
        var customer = await _workContext.GetCurrentCustomerAsync();

        await _eventPublisher.PublishAsync(new AdminMenuCreatedEvent(this, root));

        if (await _permissionService.AuthorizeAsync(StandardPermission.Configuration.MANAGE_PLUGINS, customer))
            await _eventPublisher.PublishAsync(new ThirdPartyPluginsMenuItemCreatedEvent(this, root.GetItemBySystemName("Third party plugins")));

        async Task<bool> granted(string name) => await _permissionService.AuthorizeAsync(name.Trim());

        async Task applyPermissions(AdminMenuItem item, AdminMenuItem parent)
        {
            if (item.Visible)
            {
                var own = item.PermissionNames;
                var names = (own.Any() ? own : parent?.PermissionNames ?? new List<string>())
                    .Distinct().Where(name => !string.IsNullOrEmpty(name)).ToList();

                if (names.Any())
                {
                    var allowed = false;
                    if (item.ChildNodes.Any())
                    {
                        foreach (var name in names)
                            if (await granted(name)) { allowed = true; break; }
                    }
                    else
                    {
                        allowed = true;
                        foreach (var name in names)
                            if (!await granted(name)) { allowed = false; break; }
                    }

                    item.Visible = allowed;
                }
            }

            foreach (var child in item.ChildNodes)
                await applyPermissions(child, item);
        }

        await applyPermissions(root, null);

        if (showHidden)
            return root;

        void applyVisibility(AdminMenuItem item)
        {
            if (!item.ChildNodes.Any())
            {
                item.Visible = item.Visible && !string.IsNullOrEmpty(item.Url);
                return;
            }

            foreach (var child in item.ChildNodes)
                applyVisibility(child);

            item.Visible = item.ChildNodes.Any(child => child.Visible);
        }

        applyVisibility(root);
        return root;
    }

    public virtual async Task<AdminMenuItem> GetRootNodeAsync(bool showHidden = false)
    {
        if (_rootItem != null)
            return _rootItem;

        _rootItem = await LoadMenuAsync(showHidden);

        var pathBase = _httpContextAccessor.HttpContext?.Request.PathBase.Value ?? string.Empty;
        void resolveAppRelative(AdminMenuItem item)
        {
            if (item.Url?.StartsWith("~/", StringComparison.Ordinal) ?? false)
                item.Url = pathBase + item.Url[1..];

            foreach (var child in item.ChildNodes)
                resolveAppRelative(child);
        }

        resolveAppRelative(_rootItem);
        return _rootItem;
    }

    /// <summary>Generated from the host's routes with area "Admin", as nopCommerce's IUrlHelper.Action does.</summary>
    public virtual string GetMenuItemUrl(string controllerName, string actionName)
    {
        if (string.IsNullOrEmpty(controllerName) || string.IsNullOrEmpty(actionName))
            return null;

        var httpContext = _httpContextAccessor.HttpContext ?? throw new InvalidOperationException("The admin menu needs a current request.");
        return _linkGenerator.GetPathByAction(httpContext, actionName, controllerName, new RouteValueDictionary { { "area", AreaNames.ADMIN } });
    }
}
