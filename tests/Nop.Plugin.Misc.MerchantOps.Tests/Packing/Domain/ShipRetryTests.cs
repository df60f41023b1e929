using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class ShipRetryTests
{
    [TestCase(Keys.Ship.Failed, ExpectedResult = true)]
    [TestCase(Keys.Ship.InProgress, ExpectedResult = true)]
    [TestCase(Keys.Ship.OrderCancelled, ExpectedResult = false)]
    [TestCase(Keys.Ship.OrderRefunded, ExpectedResult = false)]
    [TestCase(Keys.Ship.OrderDeleted, ExpectedResult = false)]
    [TestCase(Keys.Ship.PickupInStore, ExpectedResult = false)]
    [TestCase(Keys.Ship.NothingLeftToShip, ExpectedResult = false)]
    [TestCase(Keys.Order.ProblemFlagged, ExpectedResult = false)]
    [TestCase(null, ExpectedResult = false)]
    public bool A_problem_can_be_shipped_again_only_after_a_ship_failure_that_may_pass(string problemKey) =>
        ShipRetry.CanRetry(PackingOrderStatus.Problem, problemKey);

    [TestCase(PackingOrderStatus.Pending)]
    [TestCase(PackingOrderStatus.Packed)]
    [TestCase(PackingOrderStatus.Shipping)]
    [TestCase(PackingOrderStatus.Shipped)]
    public void Only_an_order_in_problem_is_retried(PackingOrderStatus status) =>
        Assert.That(ShipRetry.CanRetry(status, Keys.Ship.Failed), Is.False);
}
