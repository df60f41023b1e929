using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys.Batch;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class PackingBatchTests
{
    private static readonly DateTime Now = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    private static PackingBatch NewBatch(int creator = 7, int assignee = 0) => PackingBatch.Create("Morning", 1, 0, creator, assignee, Now);

    private static string RefusalOf(Action action) => Assert.Throws<PackingRuleException>(() => action()).ResourceKey;

    [Test]
    public void A_new_batch_is_open_and_remembers_who_created_it()
    {
        var batch = NewBatch();

        Assert.That((batch.State, batch.CreatedByCustomerId, batch.CreatedOnUtc), Is.EqualTo((PackingBatchState.Open, 7, Now)));
    }

    [Test]
    public void A_blank_name_is_no_name()
    {
        Assert.That(PackingBatch.Create("   ", 0, 0, 1, 0, Now).Name, Is.Null);
    }

    [Test]
    public void A_name_longer_than_200_characters_is_refused()
    {
        Assert.That(RefusalOf(() => PackingBatch.Create(new string('x', 201), 0, 0, 1, 0, Now)), Is.EqualTo(Keys.NameTooLong));
    }

    [Test]
    public void Starting_to_pick_makes_the_picker_the_assignee_when_nobody_was_assigned()
    {
        var batch = NewBatch();

        batch.StartPicking(9, Now.AddMinutes(5));

        Assert.That((batch.State, batch.AssigneeCustomerId, batch.PickingStartedOnUtc), Is.EqualTo((PackingBatchState.Picking, 9, (DateTime?)Now.AddMinutes(5))));
    }

    [Test]
    public void Starting_to_pick_keeps_the_assignee_someone_chose()
    {
        var batch = NewBatch(assignee: 3);

        batch.StartPicking(9, Now);

        Assert.That(batch.AssigneeCustomerId, Is.EqualTo(3));
    }

    [Test]
    public void Picking_cannot_start_twice()
    {
        var batch = NewBatch();
        batch.StartPicking(9, Now);

        Assert.That(RefusalOf(() => batch.StartPicking(9, Now)), Is.EqualTo(Keys.CannotStartPicking));
    }

    [Test]
    public void Packing_can_start_straight_from_open_and_counts_as_picked()
    {
        var batch = NewBatch();

        batch.StartPacking(9, Now);

        Assert.That((batch.State, batch.PickingStartedOnUtc, batch.PackingStartedOnUtc), Is.EqualTo((PackingBatchState.Packing, (DateTime?)Now, (DateTime?)Now)));
    }

    [Test]
    public void A_batch_finishes_only_when_no_order_is_left()
    {
        var batch = NewBatch();
        batch.StartPacking(9, Now);

        Assert.That(RefusalOf(() => batch.Finish(1, Now)), Is.EqualTo(Keys.OrdersLeft));
        batch.Finish(0, Now.AddHours(1));
        Assert.That((batch.State, batch.FinishedOnUtc), Is.EqualTo((PackingBatchState.Done, (DateTime?)Now.AddHours(1))));
    }

    [Test]
    public void A_batch_that_is_not_being_packed_cannot_finish()
    {
        Assert.That(RefusalOf(() => NewBatch().Finish(0, Now)), Is.EqualTo(Keys.CannotFinish));
    }

    [Test]
    public void A_batch_with_a_shipment_under_way_cannot_be_cancelled()
    {
        var batch = NewBatch();

        Assert.That(RefusalOf(() => batch.Cancel(1, Now)), Is.EqualTo(Keys.ShipmentInProgress));
    }

    [Test]
    public void A_done_batch_can_be_neither_cancelled_nor_assigned()
    {
        var batch = NewBatch();
        batch.StartPacking(9, Now);
        batch.Finish(0, Now);

        Assert.Multiple(() =>
        {
            Assert.That(RefusalOf(() => batch.Cancel(0, Now)), Is.EqualTo(Keys.CannotCancel));
            Assert.That(RefusalOf(() => batch.AssignTo(3)), Is.EqualTo(Keys.CannotAssign));
        });
    }

    [Test]
    public void Orders_can_be_added_while_open_or_picking_only()
    {
        var batch = NewBatch();
        batch.EnsureCanAddOrders();
        batch.StartPacking(9, Now);

        Assert.That(RefusalOf(batch.EnsureCanAddOrders), Is.EqualTo(Keys.CannotAddOrders));
    }

    [TestCase(0, 7, false)]
    [TestCase(0, 8, true)]
    [TestCase(8, 8, false)]
    [TestCase(8, 7, true)]
    public void A_batch_is_claimed_by_its_assignee_or_else_its_creator(int assignee, int asker, bool claimedByAnother)
    {
        Assert.That(NewBatch(creator: 7, assignee: assignee).IsClaimedByAnotherThan(asker), Is.EqualTo(claimedByAnother));
    }
}
