using System.Data.Common;
using System.Globalization;
using LinqToDB;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Data;

/// <summary>
/// "Lock what nobody else is locking, skip the rest", per database, for the claim's transaction: packers asking for
/// the next oldest orders at the same instant each get different candidates instead of all inserting claims for the
/// same ones and all but one failing. The locks end with the claim's transaction (a few statements); they only
/// spread claimers apart, the unique index on the items' ActiveOrderItemId still decides.
/// <list type="bullet">
/// <item>PostgreSQL: transaction-scoped advisory locks (<c>pg_try_advisory_xact_lock(namespace, order id)</c>), not
/// row locks: nopCommerce's Order rows are neither locked nor written (a PostgreSQL row lock writes the row's header,
/// and would make nopCommerce's own updates of the order wait).</item>
/// <item>MySQL 8 / MariaDB 10.6+: <c>SELECT … FOR UPDATE SKIP LOCKED</c> on the candidates' Order rows (InnoDB has
/// no transaction-scoped advisory lock; its row locks live in memory), through the primary key (FORCE INDEX: on a small
/// table the optimizer would scan it and lock every row it reads, so the other claimers would skip them all). An update of one of these orders by
/// nopCommerce waits for the end of the claim's transaction, milliseconds. Older servers refuse the syntax: no lock,
/// the unique index alone decides.</item>
/// <item>SQL Server: <c>WITH (UPDLOCK, ROWLOCK, READPAST)</c> on the Order rows, the same idea; readers are not
/// blocked by update locks.</item>
/// <item>Others (SQLite in the tests, one writer at a time): no lock.</item>
/// <item>A vendor's claim on MySQL/MariaDB and SQL Server: no lock either. The only lockable row is the Order, shared
/// by every vendor of the order, so vendors claiming one order at once would skip each other; the unique index on
/// the items decides (a lost race is rolled back and claimed order by order).</item>
/// </list>
/// </summary>
public static class ClaimLocks
{
    /// <summary>First key of the plugin's advisory locks ("MOPC"), so they cannot meet another application's.</summary>
    public const int AdvisoryLockNamespace = 0x4D4F5043;

    /// <summary>
    /// On MySQL and SQL Server, nopCommerce's bulk insert numbers the new rows from the table's MAX(Id): two claimers
    /// inserting at once would pick the same ids and one would fail on the primary key, even for different orders.
    /// Their inserts are therefore made one after the other: just before them, the claim's transaction locks the
    /// claim table's first row (never deleted: released claims stay, with a negative ActiveOrderId), so the next
    /// claimer reads MAX(Id) after this one committed. Held for the inserts and the commit only, milliseconds.
    /// PostgreSQL reserves ids from the sequence and needs nothing; on an empty table there is nothing to lock (the
    /// unique index and the one-by-one fallback still decide).
    /// </summary>
    public static async Task SerializeBulkInsertsAsync(INopDataProvider dataProvider)
    {
        var provider = dataProvider.ConfigurationName ?? string.Empty;
        if (provider.StartsWith(ProviderName.SqlServer, StringComparison.OrdinalIgnoreCase))
            await dataProvider.QueryAsync<int>($"SELECT TOP 1 [Id] FROM [{PackingTables.BatchOrder}] WITH (UPDLOCK, ROWLOCK) ORDER BY [Id]");
        else if (provider.StartsWith(ProviderName.MySql, StringComparison.OrdinalIgnoreCase) || provider.StartsWith("MariaDB", StringComparison.OrdinalIgnoreCase))
            await dataProvider.QueryAsync<int>($"SELECT `Id` FROM `{PackingTables.BatchOrder}` ORDER BY `Id` LIMIT 1 FOR UPDATE");
    }

    /// <param name="vendorId">The claiming batch's vendor; 0 for the store's staff.</param>
    /// <returns>The candidates this transaction now holds (the others are being claimed by someone else), or null
    /// when the database has no way to skip locked candidates (or, for a vendor, none that lets two vendors claim one
    /// order at once: the unique index on the items alone decides then).</returns>
    public static async Task<IReadOnlyList<int>> TryLockAsync(INopDataProvider dataProvider, IReadOnlyCollection<int> orderIds, int vendorId = 0)
    {
        if (orderIds.Count == 0)
            return [];

        // Integers written as literals: nothing to escape, and no parameter limit (SQL Server's 2,100).
        var ids = string.Join(",", orderIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var provider = dataProvider.ConfigurationName ?? string.Empty;
        if (provider.StartsWith(ProviderName.PostgreSQL, StringComparison.OrdinalIgnoreCase))
            return (await dataProvider.QueryAsync<int>(PostgreSqlLocks(ids, vendorId))).ToList();

        // Row locks on the Order row would make two vendors skip each other's shared orders.
        if (vendorId > 0)
            return null;

        if (provider.StartsWith(ProviderName.SqlServer, StringComparison.OrdinalIgnoreCase))
            return (await dataProvider.QueryAsync<int>(
                $"SELECT [{nameof(Order.Id)}] FROM [{nameof(Order)}] WITH (UPDLOCK, ROWLOCK, READPAST) WHERE [{nameof(Order.Id)}] IN ({ids})")).ToList();

        if (provider.StartsWith(ProviderName.MySql, StringComparison.OrdinalIgnoreCase) || provider.StartsWith("MariaDB", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return (await dataProvider.QueryAsync<int>(
                    $"SELECT `{nameof(Order.Id)}` FROM `{nameof(Order)}` FORCE INDEX (PRIMARY) WHERE `{nameof(Order.Id)}` IN ({ids}) FOR UPDATE SKIP LOCKED")).ToList();
            }
            catch (DbException)
            {
                // MariaDB before 10.6 (or MySQL before 8.0.1) has no SKIP LOCKED: a syntax error, which leaves the
                // transaction usable.
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// One advisory key per (order, owner): a vendor's claim takes its own key (<see cref="AdvisoryLockNamespace"/> +
    /// vendor id, order id), so two vendors never skip each other; the staff's takes the store's key (vendor 0, the
    /// key claims used before vendors had their own) and the key of every vendor with products in the order, so it
    /// and any vendor's claim of that order skip each other. A candidate counts as locked only with all its keys.
    /// </summary>
    private static string PostgreSqlLocks(string ids, int vendorId)
    {
        if (vendorId > 0)
            return $"SELECT t.id FROM unnest(ARRAY[{ids}]::integer[]) AS t(id) " +
                $"WHERE pg_try_advisory_xact_lock({AdvisoryLockNamespace + vendorId}, t.id)";

        return $"SELECT t.id FROM unnest(ARRAY[{ids}]::integer[]) AS t(id) " +
            $"WHERE pg_try_advisory_xact_lock({AdvisoryLockNamespace}, t.id) " +
            $"AND NOT EXISTS (SELECT 1 FROM (SELECT DISTINCT p.\"{nameof(Product.VendorId)}\" AS vendor_id " +
            $"FROM \"{nameof(OrderItem)}\" oi JOIN \"{nameof(Product)}\" p ON p.\"{nameof(Product.Id)}\" = oi.\"{nameof(OrderItem.ProductId)}\" " +
            $"WHERE oi.\"{nameof(OrderItem.OrderId)}\" = t.id AND p.\"{nameof(Product.VendorId)}\" > 0) AS owners " +
            $"WHERE NOT pg_try_advisory_xact_lock({AdvisoryLockNamespace} + owners.vendor_id, t.id))";
    }
}
