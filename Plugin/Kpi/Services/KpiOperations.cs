namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>The Operations card's figures of the last days, as counted (and cached) at <see cref="CountedOnUtc"/>.</summary>
public sealed record KpiOperations
{
    /// <summary>False when the user may not see Packing: its figures were not read.</summary>
    public bool HasPacking { get; init; }
    public int OrdersShipped { get; init; }
    public int Packers { get; init; }

    /// <summary>Orders shipped per hour of packing (all packers' busy time); 0 without busy time.</summary>
    public double OrdersPerHour { get; init; }

    public int PaidToShippedOrders { get; init; }
    public TimeSpan? PaidToShippedMedian { get; init; }
    public TimeSpan? PaidToShippedAverage { get; init; }

    /// <summary>False when the user may not see Replies: its figures were not read.</summary>
    public bool HasReplies { get; init; }
    public int RepliesSent { get; init; }
    public string TopReplyTitle { get; init; }
    public int TopReplySends { get; init; }

    public DateTime CountedOnUtc { get; init; }
}
