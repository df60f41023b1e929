using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class PackingBatchOrderTests
{
    private static readonly DateTime Now = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Order 42, claimed as row 3.</summary>
    private static PackingBatchOrder Claimed()
    {
        var order = PackingBatchOrder.Claim(1, 42, 0, Now);
        order.Id = 3;
        return order;
    }

    private static PackingBatchOrder Packed()
    {
        var order = Claimed();
        order.MarkPacked(5, manually: false, Now);
        return order;
    }

    private static string RefusalOf(Action action) => Assert.Throws<PackingRuleException>(() => action()).ResourceKey;

    [Test]
    public void A_claimed_order_is_pending_and_holds_the_order()
    {
        var order = Claimed();

        Assert.That((order.Status, order.ActiveOrderId, order.HoldsOrder), Is.EqualTo((PackingOrderStatus.Pending, 42, true)));
    }

    [Test]
    public void Skipping_releases_the_order_with_its_reason_its_active_key_becoming_minus_its_own_id()
    {
        var order = Claimed();

        order.Skip(PackingSkipReason.OutOfStock, "  back Tuesday ");

        Assert.That((order.Status, order.ActiveOrderId, order.SkipReason, order.Note),
            Is.EqualTo((PackingOrderStatus.Skipped, -3, (PackingSkipReason?)PackingSkipReason.OutOfStock, "back Tuesday")));
    }

    [Test]
    public void An_unknown_skip_reason_is_refused()
    {
        Assert.That(RefusalOf(() => Claimed().Skip((PackingSkipReason)12345, null)), Is.EqualTo(Keys.Order.UnknownSkipReason));
    }

    [Test]
    public void A_note_longer_than_1000_characters_is_refused_and_nothing_changes()
    {
        var order = Claimed();

        Assert.That(RefusalOf(() => order.FlagProblem(null, new string('n', 1001))), Is.EqualTo(Keys.Order.NoteTooLong));
        Assert.That(order.Status, Is.EqualTo(PackingOrderStatus.Pending));
    }

    [Test]
    public void An_order_whose_shipment_exists_can_be_neither_skipped_nor_removed()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);
        order.RecordShipment(77);
        order.FailShipping(Keys.Ship.Failed, "time-out");

        Assert.Multiple(() =>
        {
            Assert.That(RefusalOf(() => order.Skip(PackingSkipReason.Other, null)), Is.EqualTo(Keys.Order.HasShipment));
            Assert.That(RefusalOf(order.Remove), Is.EqualTo(Keys.Order.HasShipment));
        });
    }

    [Test]
    public void A_shipped_order_cannot_be_removed()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);
        order.MarkShipped(5, Now);

        Assert.That(RefusalOf(order.Remove), Is.EqualTo(Keys.Order.CannotRemove));
    }

    [Test]
    public void Only_a_pending_order_can_be_marked_packed()
    {
        Assert.That(RefusalOf(() => Packed().MarkPacked(5, true, Now)), Is.EqualTo(Keys.Order.NotPackable));
    }

    [Test]
    public void A_manual_override_is_remembered()
    {
        var order = Claimed();

        order.MarkPacked(5, manually: true, Now);

        Assert.That((order.Status, order.VerifiedManually, order.PackedByCustomerId), Is.EqualTo((PackingOrderStatus.Packed, true, 5)));
    }

    [Test]
    public void Clearing_a_problem_returns_the_order_to_where_its_items_stand()
    {
        var unverified = Claimed();
        unverified.FlagProblem(null, "dented box");
        var verified = Claimed();
        verified.FlagProblem(null, "dented box");

        unverified.ClearProblem(allItemsVerified: false);
        verified.ClearProblem(allItemsVerified: true);

        Assert.That((unverified.Status, verified.Status, verified.Note), Is.EqualTo((PackingOrderStatus.Pending, PackingOrderStatus.Packed, (string)null)));
    }

    [Test]
    public void Shipping_needs_a_packed_order()
    {
        Assert.That(RefusalOf(() => Claimed().BeginShipAttempt(Now, Lease)), Is.EqualTo(Keys.Ship.NotPacked));
    }

    [Test]
    public void A_running_ship_attempt_refuses_a_second_one()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);

        Assert.That(RefusalOf(() => order.BeginShipAttempt(Now.AddSeconds(30), Lease)), Is.EqualTo(Keys.Ship.InProgress));
    }

    [Test]
    public void A_ship_attempt_older_than_its_lease_is_taken_over_with_the_same_attempt_id()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);
        var attempt = order.ShipAttemptGuid;

        var resumed = order.BeginShipAttempt(Now + Lease, Lease);

        Assert.That((resumed, order.ShipAttemptGuid, order.ShipAttemptOnUtc), Is.EqualTo((true, attempt, (DateTime?)(Now + Lease))));
    }

    [Test]
    public void A_failed_ship_attempt_is_resumed_and_its_error_cleared()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);
        order.FailShipping(Keys.Ship.Failed, "smtp down");

        var resumed = order.BeginShipAttempt(Now.AddSeconds(1), Lease);

        Assert.That((resumed, order.Status, order.Note, order.ProblemResourceKey), Is.EqualTo((true, PackingOrderStatus.Shipping, (string)null, (string)null)));
    }

    [Test]
    public void A_problem_flagged_by_a_packer_is_not_shipped_until_cleared()
    {
        var order = Packed();
        order.FlagProblem(null, "address unreadable");

        Assert.That(RefusalOf(() => order.BeginShipAttempt(Now, Lease)), Is.EqualTo(Keys.Ship.NotPacked));
    }

    [Test]
    public void A_shipped_order_says_so_when_shipped_again()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);
        order.MarkShipped(5, Now);

        Assert.That(RefusalOf(() => order.BeginShipAttempt(Now, Lease)), Is.EqualTo(Keys.Ship.AlreadyShipped));
    }

    [Test]
    public void Shipping_releases_the_order()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);

        order.MarkShipped(6, Now.AddMinutes(1));

        Assert.That((order.Status, order.ActiveOrderId, order.ShippedByCustomerId), Is.EqualTo((PackingOrderStatus.Shipped, -3, 6)));
    }

    [Test]
    public void Ship_steps_never_go_back()
    {
        var order = Packed();
        order.Reach(ShipStep.Shipped);

        order.Reach(ShipStep.ItemsAdded);

        Assert.That(order.ShipStep, Is.EqualTo(ShipStep.Shipped));
    }

    [Test]
    public void A_long_error_is_kept_cut_to_the_column_size()
    {
        var order = Packed();
        order.BeginShipAttempt(Now, Lease);

        order.FailShipping(Keys.Ship.Failed, new string('e', 5000));

        Assert.That(order.Note, Has.Length.EqualTo(PackingLimits.MaxNoteLength));
    }
}
