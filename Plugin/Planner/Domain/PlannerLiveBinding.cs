namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// Store data a block can show live (its count and a link to the right screen). Stored as an int
/// (<see cref="PlannerBlock.LiveBindingId"/>): never renumber.
/// </summary>
public enum PlannerLiveBinding
{
    None = 0,
    OrdersToPack = 1,
    AwaitingReply = 2,
    YesterdaysFigures = 3,
    PendingReturns = 4,
    ReviewsAwaitingApproval = 5,
    LowStock = 6,
    ProductsWithoutPictures = 7
}
