using NUnit.Framework;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingWorkflowServiceTests : PackingDatabaseTest
{
    public PackingWorkflowServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private Product _mug;
    private Order _order;
    private int _batchId;

    [SetUp]
    public async Task CreateBatchAsync()
    {
        _mug = await Store.ProductAsync("MUG-01");
        _order = await Store.OrderAsync((_mug, 1));
        _batchId = (await App.Batches.CreateFromSelectionAsync([_order.Id])).BatchId;
    }

    private async Task<PackingBatchDetails> BatchAsync() => await App.Batches.GetBatchAsync(_batchId);

    private async Task<int> BatchOrderIdAsync() => (await BatchAsync()).Orders.Single().BatchOrderId;

    private async Task<IList<int>> QueueAsync() => (await App.Queue.GetQueueAsync(new PackingQueueFilter())).Select(r => r.OrderId).ToList();

    [Test]
    public async Task Picking_then_packing_moves_the_batch_on_and_records_who_and_when()
    {
        Store.Clock.Advance(TimeSpan.FromMinutes(3));
        await App.Workflow.StartPickingAsync(_batchId);
        await App.Workflow.StartPackingAsync(_batchId);

        var batch = (await BatchAsync()).Batch;
        var events = (await App.Reports.GetAuditAsync(_batchId)).Select(e => e.Type);
        Assert.That((batch.State, batch.AssigneeCustomerId, batch.PickingStartedOnUtc), Is.EqualTo((PackingBatchState.Packing, App.Context.Customer.Id, (DateTime?)Store.Clock.UtcNow)));
        Assert.That(events, Is.EqualTo(new[] { PackingEventType.PackingStarted, PackingEventType.PickingStarted, PackingEventType.BatchCreated }));
    }

    [Test]
    public async Task A_wrong_transition_is_refused_with_its_reason()
    {
        await App.Workflow.StartPackingAsync(_batchId);

        Assert.That(await App.Workflow.StartPickingAsync(_batchId), Is.EqualTo(PackingResult.Refused(Keys.Batch.CannotStartPicking)));
    }

    [Test]
    public async Task A_batch_with_an_order_left_cannot_be_finished()
    {
        await App.Workflow.StartPackingAsync(_batchId);

        Assert.That(await App.Workflow.FinishAsync(_batchId), Is.EqualTo(PackingResult.Refused(Keys.Batch.OrdersLeft)));
    }

    [Test]
    public async Task A_batch_whose_orders_were_all_skipped_can_be_finished()
    {
        await App.Workflow.StartPackingAsync(_batchId);
        await App.Workflow.SkipOrderAsync(await BatchOrderIdAsync(), PackingSkipReason.CustomerRequest);

        Assert.That(await App.Workflow.FinishAsync(_batchId), Is.EqualTo(PackingResult.Done(Keys.Batch.Finished)));
    }

    [Test]
    public async Task Assigning_a_batch_to_a_packer_records_it()
    {
        var packer = await Store.PackerAsync("second@example.com");

        await App.Workflow.AssignAsync(_batchId, packer.Id);

        Assert.That((await BatchAsync()).Batch.AssigneeCustomerId, Is.EqualTo(packer.Id));
    }

    [Test]
    public async Task Assigning_to_an_unknown_customer_is_refused()
    {
        Assert.That(await App.Workflow.AssignAsync(_batchId, 987654), Is.EqualTo(PackingResult.Refused(Keys.Batch.UnknownAssignee)));
    }

    [Test]
    public async Task Cancelling_puts_the_orders_back_in_the_queue()
    {
        var result = await App.Workflow.CancelAsync(_batchId, mayCancelOthersClaims: false);

        Assert.That(result, Is.EqualTo(PackingResult.Done(Keys.Batch.Cancelled)));
        Assert.That(((await BatchAsync()).Batch.State, (await BatchAsync()).Orders.Single().Status), Is.EqualTo((PackingBatchState.Cancelled, PackingOrderStatus.Removed)));
        Assert.That(await QueueAsync(), Is.EqualTo(new[] { _order.Id }));
    }

    [Test]
    public async Task Cancelling_another_packers_batch_needs_the_override_permission()
    {
        App.As(await Store.PackerAsync("other@example.com"));

        Assert.That(await App.Workflow.CancelAsync(_batchId, mayCancelOthersClaims: false), Is.EqualTo(PackingResult.Refused(Keys.Batch.ClaimedByAnother)));
        Assert.That(await App.Workflow.CancelAsync(_batchId, mayCancelOthersClaims: true), Is.EqualTo(PackingResult.Done(Keys.Batch.Cancelled)));
    }

    [Test]
    public async Task A_skipped_order_goes_back_to_the_queue_with_its_reason()
    {
        var result = await App.Workflow.SkipOrderAsync(await BatchOrderIdAsync(), PackingSkipReason.AddressProblem, "No street number");

        var row = (await BatchAsync()).Orders.Single();
        Assert.That(result, Is.EqualTo(PackingResult.Done(Keys.Order.Skipped)));
        Assert.That((row.Status, row.SkipReason, row.Note), Is.EqualTo((PackingOrderStatus.Skipped, (PackingSkipReason?)PackingSkipReason.AddressProblem, "No street number")));
        Assert.That(await QueueAsync(), Is.EqualTo(new[] { _order.Id }));
    }

    // MySQL and MariaDB store NVARCHAR(n) columns in utf8 (3 bytes a character), which refuses emoji.
    [Test]
    public async Task A_note_with_emoji_is_kept_as_typed()
    {
        await App.Workflow.FlagProblemAsync(await BatchOrderIdAsync(), "Box crushed 📦💥");

        Assert.That((await BatchAsync()).Orders.Single().Note, Is.EqualTo("Box crushed 📦💥"));
    }

    [Test]
    public async Task A_removed_order_can_go_into_another_batch()
    {
        await App.Workflow.RemoveOrderAsync(await BatchOrderIdAsync());

        var again = await App.Batches.CreateFromSelectionAsync([_order.Id]);

        Assert.That(again.ClaimedOrderIds, Is.EqualTo(new[] { _order.Id }));
    }

    [Test]
    public async Task A_problem_keeps_the_order_in_the_batch_until_cleared()
    {
        var batchOrderId = await BatchOrderIdAsync();

        await App.Workflow.FlagProblemAsync(batchOrderId, "Box crushed");
        var flagged = (await BatchAsync()).Orders.Single();
        var queueMeanwhile = await QueueAsync();
        await App.Workflow.ClearProblemAsync(batchOrderId);

        Assert.That((flagged.Status, flagged.Note, queueMeanwhile.Count), Is.EqualTo((PackingOrderStatus.Problem, "Box crushed", 0)));
        Assert.That((await BatchAsync()).Orders.Single().Status, Is.EqualTo(PackingOrderStatus.Pending));
    }

    [Test]
    public async Task A_problem_needs_a_description()
    {
        Assert.That(await App.Workflow.FlagProblemAsync(await BatchOrderIdAsync(), "  "), Is.EqualTo(PackingResult.Refused(Keys.Order.NoteRequired)));
    }

    [Test]
    public async Task A_10000_character_note_is_refused_and_the_order_is_unchanged()
    {
        var batchOrderId = await BatchOrderIdAsync();

        var result = await App.Workflow.SkipOrderAsync(batchOrderId, PackingSkipReason.Other, new string('x', 10000));

        Assert.That(result, Is.EqualTo(PackingResult.Refused(Keys.Order.NoteTooLong)));
        Assert.That((await BatchAsync()).Orders.Single().Status, Is.EqualTo(PackingOrderStatus.Pending));
    }

    [Test]
    public async Task A_vendor_cannot_touch_another_vendors_batch()
    {
        var batchOrderId = await BatchOrderIdAsync();
        App.As(await Store.PackerAsync("vendor9@example.com"), vendorId: 9);

        Assert.Multiple(async () =>
        {
            Assert.That(await App.Workflow.StartPackingAsync(_batchId), Is.EqualTo(PackingResult.Refused(Keys.Batch.NotFound)));
            Assert.That(await App.Workflow.CancelAsync(_batchId, true), Is.EqualTo(PackingResult.Refused(Keys.Batch.NotFound)));
            Assert.That(await App.Workflow.RemoveOrderAsync(batchOrderId), Is.EqualTo(PackingResult.Refused(Keys.Order.NotFound)));
        });
    }

    [Test]
    public async Task Unknown_batches_and_orders_are_not_found()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await App.Workflow.StartPackingAsync(0), Is.EqualTo(PackingResult.Refused(Keys.Batch.NotFound)));
            Assert.That(await App.Workflow.SkipOrderAsync(-5, PackingSkipReason.Other), Is.EqualTo(PackingResult.Refused(Keys.Order.NotFound)));
        });
    }
}
