using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingReportServiceTests : PackingDatabaseTest
{
    public PackingReportServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;

    [SetUp]
    public async Task CreateProductAsync() => _mug = await Store.ProductAsync("MUG-01");

    /// <summary>Packs (scanning at the current time) and ships the batch's order the given minutes later.</summary>
    private async Task PackAndShipAsync(PackingBatchDetails batch, Order order, int minutes)
    {
        var row = batch.Orders.Single(o => o.OrderId == order.Id);
        await Store.PackAsync(batch, row.BatchOrderId);
        Store.Clock.Advance(TimeSpan.FromMinutes(minutes));
        var shipped = await App.Shipping.ShipAsync(row.BatchOrderId, new ShipRequest());
        Assert.That(shipped.Succeeded, Is.True, shipped.ResourceKey);
    }

    [Test]
    public async Task Progress_counts_packed_and_shipped_orders_out_of_those_still_in_the_batch()
    {
        var orders = new List<Order>();
        for (var i = 0; i < 4; i++)
            orders.Add(await Store.OrderAsync((_mug, 1)));
        var batch = await Store.PackingBatchAsync(orders.ToArray());
        await PackAndShipAsync(batch, orders[0], 1);
        await Store.PackAsync(batch, batch.Orders[1].BatchOrderId);
        await App.Workflow.RemoveOrderAsync(batch.Orders[3].BatchOrderId);

        var progress = await App.Reports.GetProgressAsync(batch.Batch.Id);

        Assert.That((progress.Total, progress.Shipped, progress.Packed, progress.Pending, progress.Removed, progress.Done), Is.EqualTo((3, 1, 1, 1, 1, 2)));
    }

    [Test]
    public async Task Throughput_is_orders_per_hour_of_each_packer_over_the_period()
    {
        var first = await Store.OrderAsync((_mug, 1));
        var second = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(first, second);
        var from = Store.Clock.UtcNow;
        await PackAndShipAsync(batch, first, 10);
        await PackAndShipAsync(batch, second, 5);

        var packer = (await App.Reports.GetThroughputAsync(from, Store.Clock.UtcNow.AddSeconds(1))).Single();

        Assert.That((packer.PackerCustomerId, packer.OrdersShipped, packer.BusyTime, packer.OrdersPerHour),
            Is.EqualTo((App.Context.Customer.Id, 2, TimeSpan.FromMinutes(15), 8.0)));
    }

    [Test]
    public async Task Paid_to_shipped_time_is_measured_from_the_payment()
    {
        var order = await Store.OrderAsync(o => o.PaidDateUtc = StoreData.Now.AddHours(-30), new OrderLine(_mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        var from = Store.Clock.UtcNow;
        await PackAndShipAsync(batch, order, 0);

        var stats = await App.Reports.GetPaidToShippedAsync(from, from.AddDays(1));

        Assert.That((stats.Orders, stats.Longest), Is.EqualTo((1, (TimeSpan?)TimeSpan.FromHours(30))));
    }

    [Test]
    public async Task Orders_shipped_outside_the_period_are_not_counted()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        await PackAndShipAsync(batch, order, 0);

        Assert.That((await App.Reports.GetPaidToShippedAsync(Store.Clock.UtcNow.AddDays(1), Store.Clock.UtcNow.AddDays(2))).Orders, Is.Zero);
    }

    [Test]
    public async Task A_vendor_sees_neither_the_audit_nor_the_figures_of_another_vendors_batches()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        await PackAndShipAsync(batch, order, 3);
        App.As(await Store.PackerAsync("vendor6@example.com"), vendorId: 6);

        Assert.Multiple(async () =>
        {
            Assert.That(await App.Reports.GetAuditAsync(0), Is.Empty);
            Assert.That(await App.Reports.GetProgressAsync(batch.Batch.Id), Is.Null);
            Assert.That(await App.Reports.GetThroughputAsync(DateTime.MinValue, DateTime.MaxValue), Is.Empty);
        });
    }

    [Test]
    public async Task The_audit_trail_lists_the_newest_events_first_and_filters_by_type()
    {
        var order = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(order);
        Store.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.Scans.ScanAsync(batch.Batch.Id, batch.Orders.Single().BatchOrderId, "NOT-A-CODE");

        var all = await App.Reports.GetAuditAsync(batch.Batch.Id);
        var unknown = await App.Reports.GetAuditAsync(batch.Batch.Id, types: [PackingEventType.UnknownCode]);

        Assert.That(all.Select(e => e.Type), Is.EqualTo(new[] { PackingEventType.UnknownCode, PackingEventType.PackingStarted, PackingEventType.BatchCreated }));
        Assert.That(unknown.Select(e => (e.Code, e.OrderId)), Is.EqualTo(new[] { ("NOT-A-CODE", order.Id) }));
    }

    [Test]
    public async Task Throughput_and_audit_name_each_packer_with_names_read_in_one_query()
    {
        var first = await Store.OrderAsync((_mug, 1));
        var second = await Store.OrderAsync((_mug, 1));
        var batch = await Store.PackingBatchAsync(first, second);
        var from = Store.Clock.UtcNow;
        await PackAndShipAsync(batch, first, 10);
        var quentin = await Store.PackerAsync("quentin@example.com", "Quentin", "Quick");
        App.As(quentin);
        await App.Scans.ScanAsync(batch.Batch.Id, batch.Orders.Single(o => o.OrderId == second.Id).BatchOrderId, "NOT-A-CODE");
        await PackAndShipAsync(batch, second, 5);

        using var counter = new SqlStatementCounter(Database);
        var throughput = await App.Reports.GetThroughputAsync(from, Store.Clock.UtcNow.AddSeconds(1));
        var forThroughput = counter.Count;
        var audit = await App.Reports.GetAuditAsync(batch.Batch.Id);

        Assert.That(throughput.Select(p => p.PackerName), Is.EquivalentTo(new[] { "Paula Packer", "Quentin Quick" }));
        Assert.That(forThroughput, Is.EqualTo(2), "the shipped orders, then the names:\n" + string.Join("\n", counter.Statements));
        Assert.That(audit.Where(e => e.Type == PackingEventType.UnknownCode).Select(e => e.CustomerName), Is.EqualTo(new[] { "Quentin Quick" }));
        Assert.That(audit.Where(e => e.Type == PackingEventType.BatchCreated).Select(e => e.CustomerName), Is.EqualTo(new[] { "Paula Packer" }));
    }
}
