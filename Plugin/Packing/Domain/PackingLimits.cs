using Nop.Plugin.Misc.MerchantOps.Packing.Data;
namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// Sizes checked in code: on PostgreSQL nopCommerce's citext columns ignore declared lengths, so the database
/// would accept a 10,000-character tracking number.
/// </summary>
public static class PackingLimits
{
    /// <summary>Same bound as the "next N oldest" setting (Configuration's SettingsRules.MaxBatchSize).</summary>
    public const int MaxOrdersPerBatch = Configuration.Domain.SettingsRules.MaxBatchSize;

    public const int MaxBatchNameLength = 200;
    public const int MaxNoteLength = 1000;
    public const int MaxTrackingNumberLength = 100;
    public const decimal MaxWeight = 100000m;

    /// <summary>nopCommerce's SKU, GTIN and part number columns are 400 characters.</summary>
    public const int MaxCodeLength = 400;

    /// <summary>Scanned text kept in the audit trail (garbage from a scanner can be long).</summary>
    public const int MaxLoggedCodeLength = 100;

    public const int MaxQueuePageSize = 500;

    /// <summary>
    /// Up to this many ready orders, the queue reads their ids and dates through the status index and sorts them in
    /// memory (about 10 ms for 10,000 on PostgreSQL). An "oldest first" page asked of the database instead makes the
    /// query planner walk nopCommerce's CreatedOnUtc index from the oldest order, past every shipped one (5.7 s at a
    /// million orders, 7 s with 60,000 ready: ready orders are recent however many there are). Beyond this many the
    /// page is read in date order through the plugin's status index, one part per status combination
    /// (ReadyOrdersQuery.OldestFirstInDatabase), and the count is a separate statement.
    /// </summary>
    public const int MaxQueueSortedInMemory = 50_000;

    /// <summary>
    /// A ship attempt that has not finished after this long is taken over by a retry (the request that started
    /// it timed out or its instance stopped); a younger one is reported as "in progress".
    /// </summary>
    public static readonly TimeSpan ShipAttemptLease = TimeSpan.FromMinutes(2);
}
