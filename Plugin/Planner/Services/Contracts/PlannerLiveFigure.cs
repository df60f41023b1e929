namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// A live count as cached: the number, an amount where the binding has one (yesterday's revenue, in the primary store
/// currency), and when it was counted (UTC). Plain properties: nopCommerce's distributed cache keeps values as JSON.
/// </summary>
public class PlannerLiveFigure
{
    public long Count { get; set; }

    public decimal Amount { get; set; }

    public DateTime CountedOnUtc { get; set; }
}
