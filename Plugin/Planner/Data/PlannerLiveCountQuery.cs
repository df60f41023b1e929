using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>
/// The live counts of planner blocks, each one SQL statement over nopCommerce's own tables, scoped to a store (0 = all)
/// and a vendor (0 = the shop's staff, who see everything). Orders to pack are Packing's (IPackingQueueService).
/// The catalog is shared by the stores (nopCommerce's product screens and low-stock report are not per store), so the
/// product counts take no store.
/// </summary>
public class PlannerLiveCountQuery
{
    /// <summary>How far back a customer's review still waits for a reply (older ones are taken as left unanswered).</summary>
    public const int AwaitingReplyDays = 30;

    private readonly IRepository<ProductAttributeCombination> _combinations;
    private readonly IRepository<OrderItem> _orderItems;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<ProductPicture> _productPictures;
    private readonly IRepository<Product> _products;
    private readonly IRepository<ReturnRequest> _returnRequests;
    private readonly IRepository<ProductReview> _reviews;
    private readonly IRepository<UrlRecord> _urlRecords;
    private readonly IRepository<ProductWarehouseInventory> _warehouseInventory;

    public PlannerLiveCountQuery(IRepository<ProductAttributeCombination> combinations,
        IRepository<OrderItem> orderItems,
        IRepository<Order> orders,
        IRepository<ProductPicture> productPictures,
        IRepository<Product> products,
        IRepository<ReturnRequest> returnRequests,
        IRepository<ProductReview> reviews,
        IRepository<UrlRecord> urlRecords,
        IRepository<ProductWarehouseInventory> warehouseInventory)
    {
        _combinations = combinations;
        _orderItems = orderItems;
        _orders = orders;
        _productPictures = productPictures;
        _products = products;
        _returnRequests = returnRequests;
        _reviews = reviews;
        _urlRecords = urlRecords;
        _warehouseInventory = warehouseInventory;
    }

    /// <summary>
    /// Orders placed in [fromUtc, toUtc) (yesterday in the store's zone), not deleted, not cancelled, and their
    /// revenue: the orders' totals for the shop's staff; for a vendor the orders holding their products and the price
    /// (incl. tax) of their own items, as nopCommerce's order list shows a vendor their part. Reads nopCommerce's
    /// IX_Order_CreatedOnUtc. One statement.
    /// </summary>
    public virtual async Task<(long Orders, decimal Revenue)> OrdersPlacedAsync(int storeId, int vendorId, DateTime fromUtc, DateTime toUtc)
    {
        var orders = _orders.Table.Where(o => o.CreatedOnUtc >= fromUtc && o.CreatedOnUtc < toUtc
            && !o.Deleted && o.OrderStatusId != (int)OrderStatus.Cancelled);
        if (storeId > 0)
            orders = orders.Where(o => o.StoreId == storeId);

        if (vendorId <= 0)
        {
            var totals = await orders.GroupBy(o => 1)
                .Select(g => new { Orders = g.LongCount(), Revenue = g.Sum(o => o.OrderTotal) })
                .FirstOrDefaultAsync();
            return totals == null ? (0, 0m) : (totals.Orders, totals.Revenue);
        }

        var items = from item in _orderItems.Table
            join o in orders on item.OrderId equals o.Id
            join p in _products.Table on item.ProductId equals p.Id
            where p.VendorId == vendorId
            select item;
        var vendorTotals = await items.GroupBy(item => 1)
            .Select(g => new
            {
                Orders = g.Select(item => item.OrderId).Distinct().LongCount(),
                Revenue = g.Sum(item => item.PriceInclTax)
            })
            .FirstOrDefaultAsync();
        return vendorTotals == null ? (0, 0m) : (vendorTotals.Orders, vendorTotals.Revenue);
    }

    /// <summary>
    /// Return requests with status Pending (as nopCommerce's dashboard counts them), of the store; for a vendor, those
    /// of their products' order items. One statement.
    /// </summary>
    public virtual Task<int> PendingReturnsAsync(int storeId, int vendorId)
    {
        var requests = _returnRequests.Table.Where(r => r.ReturnRequestStatusId == (int)ReturnRequestStatus.Pending);
        if (storeId > 0)
            requests = requests.Where(r => r.StoreId == storeId);
        if (vendorId > 0)
            requests = from r in requests
                join item in _orderItems.Table on r.OrderItemId equals item.Id
                join p in _products.Table on item.ProductId equals p.Id
                where p.VendorId == vendorId
                select r;

        return requests.CountAsync();
    }

    /// <summary>Product reviews not approved yet, of the store; for a vendor, of their products. One statement.</summary>
    public virtual Task<int> ReviewsAwaitingApprovalAsync(int storeId, int vendorId) =>
        Reviews(storeId, vendorId).Where(r => !r.IsApproved).CountAsync();

    /// <summary>
    /// Customers awaiting a reply, as nopCommerce stores what customers write: reviews written since
    /// <paramref name="sinceUtc"/> that the shop has not answered (no reply text). nopCommerce keeps no other customer
    /// message (the contact form and product questions go out by e-mail; order notes are written by staff), so no
    /// order is counted. Of the store; for a vendor, of their products. One statement.
    /// </summary>
    public virtual Task<int> ReviewsAwaitingReplyAsync(int storeId, int vendorId, DateTime sinceUtc) =>
        Reviews(storeId, vendorId).Where(r => r.CreatedOnUtc >= sinceUtc && (r.ReplyText == null || r.ReplyText == string.Empty)).CountAsync();

    /// <summary>
    /// Low-stock products as nopCommerce's dashboard counts them: published, not deleted, not grouped products managing
    /// their stock whose quantity (the sum over warehouses less reservations when they use several) is at or below
    /// their minimum stock quantity, plus the combinations at or below theirs of products managing stock by
    /// attributes. nopCommerce's IX_GetLowStockProducts. One statement (a count over both).
    /// </summary>
    public virtual Task<int> LowStockAsync(int vendorId)
    {
        var products = _products.Table.Where(p => !p.Deleted && p.Published
            && p.ProductTypeId != (int)ProductType.GroupedProduct
            && p.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStock
            && (p.UseMultipleWarehouses
                ? _warehouseInventory.Table.Where(w => w.ProductId == p.Id).Sum(w => w.StockQuantity - w.ReservedQuantity)
                : p.StockQuantity) <= p.MinStockQuantity);
        var combinations = from c in _combinations.Table
            join p in _products.Table on c.ProductId equals p.Id
            where c.StockQuantity <= c.MinStockQuantity && !p.Deleted && p.Published
                && p.ProductTypeId != (int)ProductType.GroupedProduct
                && p.ManageInventoryMethodId == (int)ManageInventoryMethod.ManageStockByAttributes
            select new { c.Id, p.VendorId };

        if (vendorId > 0)
        {
            products = products.Where(p => p.VendorId == vendorId);
            combinations = combinations.Where(c => c.VendorId == vendorId);
        }

        return products.Select(p => p.Id).Concat(combinations.Select(c => c.Id)).CountAsync();
    }

    /// <summary>Published, not deleted products without any picture (no Product_Picture_Mapping row); a vendor's own. One statement.</summary>
    public virtual Task<int> ProductsWithoutPicturesAsync(int vendorId) => WithoutPictures(vendorId).CountAsync();

    /// <summary>
    /// The shoot list: products without pictures by name, with their SEO slug (the active standard-language one, as
    /// nopCommerce makes product URLs); one page and its count, two statements.
    /// </summary>
    public virtual async Task<(IList<PlannerShootListRow> Rows, int Total)> ShootListAsync(int vendorId, int pageIndex, int pageSize)
    {
        var products = WithoutPictures(vendorId);
        var total = await products.CountAsync();
        var rows = await products
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .Select(p => new PlannerShootListRow
            {
                ProductId = p.Id,
                Name = p.Name,
                Sku = p.Sku,
                Slug = _urlRecords.Table
                    .Where(u => u.EntityId == p.Id && u.EntityName == nameof(Product) && u.IsActive && u.LanguageId == 0)
                    .OrderBy(u => u.Id)
                    .Select(u => u.Slug)
                    .FirstOrDefault()
            })
            .ToListAsync();
        return (rows, total);
    }

    private IQueryable<Product> WithoutPictures(int vendorId)
    {
        var products = _products.Table.Where(p => !p.Deleted && p.Published && !_productPictures.Table.Any(pp => pp.ProductId == p.Id));
        return vendorId > 0 ? products.Where(p => p.VendorId == vendorId) : products;
    }

    private IQueryable<ProductReview> Reviews(int storeId, int vendorId)
    {
        var reviews = _reviews.Table;
        if (storeId > 0)
            reviews = reviews.Where(r => r.StoreId == storeId);
        if (vendorId > 0)
            reviews = from r in reviews
                join p in _products.Table on r.ProductId equals p.Id
                where p.VendorId == vendorId
                select r;
        return reviews;
    }
}

/// <summary>A product of the shoot list as read from the database.</summary>
public class PlannerShootListRow
{
    public int ProductId { get; set; }
    public string Name { get; set; }
    public string Sku { get; set; }
    public string Slug { get; set; }
}
