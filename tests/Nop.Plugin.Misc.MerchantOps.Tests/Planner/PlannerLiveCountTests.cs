using Microsoft.Extensions.DependencyInjection;
using Moq;
using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Seo;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Factories;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>
/// The live counts over real nopCommerce rows and the real migrations, on each engine: what each binding counts, a
/// vendor's scope, yesterday's boundaries in the store's zone (Europe/Paris: yesterday is Sunday 1 March 2026 00:00 to
/// 24:00 Paris = 28 Feb 23:00 to 1 Mar 23:00 UTC), permissions, one statement per binding and the minute's cache.
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PlannerLiveCountTests : DatabaseTestBase
{
    private const int VendorId = 5;

    private static readonly PlannerLiveBinding[] All = Enum.GetValues<PlannerLiveBinding>();

    private PlannerScenario _store;
    private Customer _customer;
    private Address _address;
    private Product _mug, _vendorsLamp, _soldOut, _multiWarehouse, _variants;
    private Order _sundayFirst, _sundayLast;
    private int _otherStoreId;

    public PlannerLiveCountTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task CreateStoreAsync()
    {
        _store = await PlannerScenario.CreateAsync(Database);
        (_customer, _address) = await _store.CustomerWithAddressAsync();
        _otherStoreId = (await _store.StoreAsync()).Id;

        // catalog: the mug and the vendor's lamp have no picture; the others have one
        _mug = await _store.ProductAsync("MUG-1", p => p.Name = "Mug");
        _vendorsLamp = await _store.ProductAsync("LAMP-1", p => (p.Name, p.VendorId, p.StockQuantity, p.MinStockQuantity) = ("Lamp", VendorId, 1, 2));
        _soldOut = await _store.ProductAsync("SOLD-OUT", p => p.StockQuantity = 0);
        _multiWarehouse = await _store.ProductAsync("MULTI", p => (p.UseMultipleWarehouses, p.StockQuantity, p.MinStockQuantity) = (true, 100, 5));
        await _store.StockAsync(_multiWarehouse, await _store.WarehouseAsync("Lyon"), 3);
        _variants = await _store.ProductAsync("TEE", p => p.ManageInventoryMethod = ManageInventoryMethod.ManageStockByAttributes);
        var low = await _store.CombinationAsync(_variants, "<a/>", "TEE-S");
        var plenty = await _store.CombinationAsync(_variants, "<b/>", "TEE-M");
        plenty.StockQuantity = 5;
        await Database.Repository<ProductAttributeCombination>().UpdateAsync(plenty);
        var untracked = await _store.ProductAsync("UNTRACKED", p => (p.ManageInventoryMethod, p.StockQuantity) = (ManageInventoryMethod.DontManageStock, 0));
        await _store.ProductAsync("HIDDEN", p => (p.Published, p.StockQuantity) = (false, 0));
        await _store.ProductAsync("GONE", p => (p.Deleted, p.StockQuantity) = (true, 0));
        foreach (var (product, picture) in new[] { (_soldOut, 11), (_multiWarehouse, 12), (_variants, 13), (untracked, 14) })
            await Database.Repository<ProductPicture>().InsertAsync(new ProductPicture { ProductId = product.Id, PictureId = picture, DisplayOrder = 1 });
        Assert.That(low.StockQuantity, Is.EqualTo(0));

        // orders around yesterday's boundaries in Paris
        await OrderAtAsync(new DateTime(2026, 2, 28, 22, 59, 59, DateTimeKind.Utc), (_mug, 1)); // Saturday 23:59:59 Paris
        _sundayFirst = await OrderAtAsync(new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc), (_mug, 1)); // Sunday 00:00
        _sundayLast = await OrderAtAsync(new DateTime(2026, 3, 1, 22, 59, 59, DateTimeKind.Utc), (_vendorsLamp, 2), (_mug, 1)); // Sunday 23:59:59
        await OrderAtAsync(new DateTime(2026, 3, 1, 23, 0, 0, DateTimeKind.Utc), (_vendorsLamp, 1)); // Monday 00:00
        await OrderAtAsync(new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc), (_mug, 1)); // Monday 00:30 (still Sunday in UTC)
        await OrderAtAsync(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), o => o.OrderStatus = OrderStatus.Cancelled, (_mug, 1));
        await OrderAtAsync(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), o => o.Deleted = true, (_vendorsLamp, 1));
        await OrderAtAsync(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), o => o.StoreId = _otherStoreId, (_mug, 1));

        // return requests: two pending (one of the vendor's lamp), one received
        var lampItem = (await _store.ItemsOfAsync(_sundayLast)).Single(i => i.ProductId == _vendorsLamp.Id);
        var mugItem = (await _store.ItemsOfAsync(_sundayFirst)).Single();
        await ReturnAsync(lampItem, ReturnRequestStatus.Pending);
        await ReturnAsync(mugItem, ReturnRequestStatus.Pending);
        await ReturnAsync(mugItem, ReturnRequestStatus.Received);

        // reviews
        var now = PlannerScenario.Now;
        await ReviewAsync(_mug, approved: false, reply: null, now.AddDays(-1));
        await ReviewAsync(_vendorsLamp, approved: false, reply: "", now.AddDays(-2));
        await ReviewAsync(_mug, approved: true, reply: null, now.AddDays(-29));
        await ReviewAsync(_mug, approved: true, reply: "Thank you!", now.AddDays(-3));
        await ReviewAsync(_vendorsLamp, approved: true, reply: null, now.AddDays(-31));
        await ReviewAsync(_mug, approved: false, reply: null, now.AddDays(-1), storeId: _otherStoreId);
    }

    [Test]
    public async Task The_shop_s_staff_see_every_count_with_its_screen_and_the_figures_of_yesterday_in_the_store_s_zone()
    {
        var app = App(_store.Alice);
        var counts = await app.Get<IPlannerLiveCountModelFactory>().PrepareAsync(_store.Store.Id, All);

        Assert.That(counts.Keys, Is.EquivalentTo(All.Where(b => b != PlannerLiveBinding.None)));
        Assert.That(counts[PlannerLiveBinding.OrdersToPack].Count, Is.EqualTo(await app.Get<IPackingQueueService>().GetReadyCountAsync(_store.Store.Id)).And.GreaterThan(0));
        Assert.That(counts[PlannerLiveBinding.PendingReturns].Count, Is.EqualTo(2));
        Assert.That(counts[PlannerLiveBinding.ReviewsAwaitingApproval].Count, Is.EqualTo(2));
        Assert.That(counts[PlannerLiveBinding.AwaitingReply].Count, Is.EqualTo(3), "the store's reviews of the last 30 days without a reply");
        Assert.That(counts[PlannerLiveBinding.LowStock].Count, Is.EqualTo(4), "the lamp, sold out, the multi-warehouse product and the small tee");
        Assert.That(counts[PlannerLiveBinding.ProductsWithoutPictures].Count, Is.EqualTo(2), "the mug and the lamp");

        var yesterday = counts[PlannerLiveBinding.YesterdaysFigures];
        Assert.That(yesterday.Count, Is.EqualTo(2), "Sunday 00:00 and 23:59:59 in Paris; not Saturday 23:59:59 nor Monday 00:00, cancelled, deleted or another store's");
        Assert.That(yesterday.Amount, Is.EqualTo(_sundayFirst.OrderTotal + _sundayLast.OrderTotal));
        Assert.That(yesterday.Text, Is.EqualTo($"Yesterday: 2 orders, {(_sundayFirst.OrderTotal + _sundayLast.OrderTotal).ToString("C", new System.Globalization.CultureInfo("en-US"))}"));

        Assert.That(counts[PlannerLiveBinding.PendingReturns].Text, Is.EqualTo("Pending return requests: 2"));
        Assert.That(counts.Values.Select(c => c.CountedOnUtc).Distinct(), Is.EqualTo(new[] { PlannerScenario.Now }));
        Assert.That(counts[PlannerLiveBinding.LowStock].AsOf, Is.EqualTo("as of " + PlannerScenario.Now.ToString("t", new System.Globalization.CultureInfo("en-US"))));
        Assert.That(counts.ToDictionary(c => c.Key, c => c.Value.Url), Is.EquivalentTo(new Dictionary<PlannerLiveBinding, string>
        {
            [PlannerLiveBinding.OrdersToPack] = "/Admin/Packing/Index",
            [PlannerLiveBinding.AwaitingReply] = "/Admin/ProductReview/List",
            [PlannerLiveBinding.YesterdaysFigures] = "/Admin/Order/List?orderStatuses=10&orderStatuses=20&orderStatuses=30",
            [PlannerLiveBinding.PendingReturns] = "/Admin/ReturnRequest/List",
            [PlannerLiveBinding.ReviewsAwaitingApproval] = "/Admin/ProductReview/List",
            [PlannerLiveBinding.LowStock] = "/Admin/Report/LowStock",
            [PlannerLiveBinding.ProductsWithoutPictures] = "/Admin/PlannerShootList/List"
        }));
    }

    [Test]
    public async Task A_vendor_counts_only_their_products_and_the_orders_returns_and_reviews_holding_them()
    {
        var vera = _store.Vera;
        var counts = await App(vera, VendorId).Get<IPlannerLiveCountModelFactory>().PrepareAsync(_store.Store.Id, All);

        var yesterday = counts[PlannerLiveBinding.YesterdaysFigures];
        Assert.That(yesterday.Count, Is.EqualTo(1), "Sunday's last order holds the lamp");
        Assert.That(yesterday.Amount, Is.EqualTo(_vendorsLamp.Price * 2), "the vendor's own items, not the order's total");
        Assert.That(counts[PlannerLiveBinding.PendingReturns].Count, Is.EqualTo(1));
        Assert.That(counts[PlannerLiveBinding.ReviewsAwaitingApproval].Count, Is.EqualTo(1));
        Assert.That(counts[PlannerLiveBinding.AwaitingReply].Count, Is.EqualTo(1));
        Assert.That(counts[PlannerLiveBinding.LowStock].Count, Is.EqualTo(1));
        Assert.That(counts[PlannerLiveBinding.ProductsWithoutPictures].Count, Is.EqualTo(1));
    }

    [Test]
    public void Yesterday_follows_the_store_s_zone_not_utc()
    {
        var (fromUtc, toUtc, day) = PlannerLiveCountModelFactory.Yesterday(PlannerScenario.Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.That((fromUtc, toUtc, day), Is.EqualTo((new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 23, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 1))));

        // 08:00 UTC is Monday 03:00 in New York (EST): yesterday is Sunday 05:00 to Monday 05:00 UTC
        var (nyFrom, nyTo, _) = PlannerLiveCountModelFactory.Yesterday(PlannerScenario.Now, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.That((nyFrom, nyTo), Is.EqualTo((new DateTime(2026, 3, 1, 5, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 5, 0, 0, DateTimeKind.Utc))));

        // the day after the spring change in Paris (Sunday 29 March 2026) is 23 hours long
        var (springFrom, springTo, _) = PlannerLiveCountModelFactory.Yesterday(new DateTime(2026, 3, 30, 8, 0, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.That(springTo - springFrom, Is.EqualTo(TimeSpan.FromHours(23)));
    }

    [Test]
    public async Task Without_a_screen_s_permission_its_count_is_absent()
    {
        var app = App(_store.Bob, granted: [MerchantOpsDefaults.Permissions.Planner, StandardPermission.Orders.ORDERS_VIEW, StandardPermission.Reports.LOW_STOCK]);
        var counts = await app.Get<IPlannerLiveCountModelFactory>().PrepareAsync(_store.Store.Id, All);

        Assert.That(counts.Keys, Is.EquivalentTo(new[] { PlannerLiveBinding.YesterdaysFigures }),
            "the low-stock report also needs the product view permission, as nopCommerce's screen does");
    }

    [Test]
    public async Task Each_binding_costs_one_statement_then_nothing_within_the_minute_and_is_counted_again_after_it()
    {
        var app = App(_store.Alice);
        app.Cache.Clock = _store.Clock;
        var factory = app.Get<IPlannerLiveCountModelFactory>();
        var counted = All.Where(b => b is not (PlannerLiveBinding.None or PlannerLiveBinding.OrdersToPack)).ToArray();

        using var counter = new SqlStatementCounter(Database);
        await factory.PrepareAsync(_store.Store.Id, counted);
        // the store's time zone is a setting: nopCommerce serves settings from its cache, the test's setting service reads the row
        var counts = counter.Statements.Where(sql => !sql.Contains("Setting")).ToList();
        Assert.That(counts, Has.Count.EqualTo(counted.Length), string.Join("\n", counter.Statements));

        await Database.Repository<ProductReview>().InsertAsync(Review(_mug, false, null, PlannerScenario.Now));
        counter.Reset();
        _store.Clock.Advance(TimeSpan.FromSeconds(59));
        var cached = await factory.PrepareAsync(_store.Store.Id, counted);
        Assert.That(counter.Count, Is.EqualTo(0), string.Join("\n", counter.Statements));
        Assert.That(cached[PlannerLiveBinding.ReviewsAwaitingApproval].Count, Is.EqualTo(2));
        Assert.That(cached[PlannerLiveBinding.ReviewsAwaitingApproval].CountedOnUtc, Is.EqualTo(PlannerScenario.Now), "shown with the time it was counted");

        _store.Clock.Advance(TimeSpan.FromSeconds(2));
        var fresh = await factory.PrepareAsync(_store.Store.Id, [PlannerLiveBinding.ReviewsAwaitingApproval]);
        Assert.That(fresh[PlannerLiveBinding.ReviewsAwaitingApproval].Count, Is.EqualTo(3));
        Assert.That(fresh[PlannerLiveBinding.ReviewsAwaitingApproval].CountedOnUtc, Is.EqualTo(PlannerScenario.Now.AddSeconds(61)));
    }

    [Test]
    public async Task The_shoot_list_names_files_after_the_product_s_slug_else_its_sku()
    {
        await Database.Repository<UrlRecord>().InsertAsync(new UrlRecord { EntityId = _mug.Id, EntityName = nameof(Product), Slug = "blue-mug", IsActive = true, LanguageId = 0 });
        await Database.Repository<UrlRecord>().InsertAsync(new UrlRecord { EntityId = _mug.Id, EntityName = nameof(Product), Slug = "tasse-bleue", IsActive = true, LanguageId = 2 });
        var app = App(_store.Alice);

        var (rows, total) = await app.Get<PlannerLiveCountQuery>().ShootListAsync(0, 0, 50);
        var page = await app.Get<PlannerShootListModelFactory>().PrepareAsync(1);

        Assert.That(total, Is.EqualTo(2));
        Assert.That(rows.Select(r => (r.Name, r.Slug)), Is.EqualTo(new[] { ("Lamp", (string)null), ("Mug", "blue-mug") }));
        Assert.That(page.Rows.Select(r => string.Join(" ", r.FileNames)), Is.EqualTo(new[]
        {
            "lamp-1-1.jpg lamp-1-2.jpg lamp-1-3.jpg", "blue-mug-1.jpg blue-mug-2.jpg blue-mug-3.jpg"
        }));
        Assert.That(page.Rows[1].Views, Is.EqualTo("front, back, detail"));
        Assert.That(page.Rows[1].EditUrl, Is.EqualTo($"/Admin/Product/Edit/{_mug.Id}"));
    }

    private Harness.StoreApp App(Customer staff, int vendorId = 0, IReadOnlyCollection<string> granted = null)
    {
        granted ??=
        [
            MerchantOpsDefaults.Permissions.Planner, MerchantOpsDefaults.Permissions.Packing, StandardPermission.Orders.ORDERS_VIEW,
            StandardPermission.Orders.RETURN_REQUESTS_VIEW, StandardPermission.Catalog.PRODUCT_REVIEWS_VIEW, StandardPermission.Catalog.PRODUCTS_VIEW,
            StandardPermission.Reports.LOW_STOCK
        ];
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(p => p.AuthorizeAsync(It.IsAny<string>(), It.IsAny<Customer>()))
            .Returns((string name, Customer customer) => Task.FromResult(customer?.Id == staff.Id && granted.Contains(name)));
        var app = new Harness.StoreApp(Database, _store.Clock, replace: services => services.AddSingleton(permissions.Object));
        app.As(staff, vendorId);
        return app;
    }

    private Task<Order> OrderAtAsync(DateTime createdOnUtc, params (Product Product, int Quantity)[] lines) =>
        OrderAtAsync(createdOnUtc, null, lines);

    private Task<Order> OrderAtAsync(DateTime createdOnUtc, Action<Order> configure, params (Product Product, int Quantity)[] lines) =>
        _store.OrderAsync(_customer, _address, o =>
        {
            o.CreatedOnUtc = createdOnUtc;
            o.StoreId = _store.Store.Id;
            configure?.Invoke(o);
        }, lines.Select(line => new OrderLine(line.Product, line.Quantity)).ToArray());

    private Task ReturnAsync(OrderItem item, ReturnRequestStatus status) =>
        Database.Repository<ReturnRequest>().InsertAsync(new ReturnRequest
        {
            CustomNumber = Guid.NewGuid().ToString("N")[..8],
            StoreId = _store.Store.Id,
            OrderItemId = item.Id,
            CustomerId = _customer.Id,
            Quantity = 1,
            ReasonForReturn = "Broken",
            RequestedAction = "Refund",
            CustomerComments = string.Empty,
            StaffNotes = string.Empty,
            ReturnRequestStatus = status,
            CreatedOnUtc = PlannerScenario.Now,
            UpdatedOnUtc = PlannerScenario.Now
        });

    private Task ReviewAsync(Product product, bool approved, string reply, DateTime createdOnUtc, int storeId = 0) =>
        Database.Repository<ProductReview>().InsertAsync(Review(product, approved, reply, createdOnUtc, storeId));

    private ProductReview Review(Product product, bool approved, string reply, DateTime createdOnUtc, int storeId = 0) => new()
    {
        CustomerId = _customer.Id,
        ProductId = product.Id,
        StoreId = storeId == 0 ? _store.Store.Id : storeId,
        IsApproved = approved,
        Title = "Review",
        ReviewText = "Nice",
        ReplyText = reply,
        Rating = 5,
        CreatedOnUtc = createdOnUtc
    };
}
