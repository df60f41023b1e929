using LinqToDB;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Capture;

/// <summary>
/// The text of one "insert the row, or update it on its unique key" statement per engine, as the sales rollup writes
/// its rows (Data/KpiSalesDayUpsert): PostgreSQL and SQLite <c>INSERT … ON CONFLICT … DO UPDATE</c>, MySQL/MariaDB
/// <c>INSERT … ON DUPLICATE KEY UPDATE</c>, SQL Server <c>MERGE … WITH (HOLDLOCK)</c>. The database settles two writers
/// of one key: one row, never two. Parameters are named <c>@Column</c>.
/// </summary>
public static class KpiUpsertSql
{
    public static bool IsMySql(string provider) =>
        provider.StartsWith(ProviderName.MySql, StringComparison.OrdinalIgnoreCase) || provider.StartsWith("MariaDB", StringComparison.OrdinalIgnoreCase);

    public static bool IsSqlServer(string provider) => provider.StartsWith(ProviderName.SqlServer, StringComparison.OrdinalIgnoreCase);

    /// <summary>Overwrites <paramref name="updated"/> with the new values when the key exists (absolute figures).</summary>
    public static string Overwrite(string provider, string table, string[] keys, string[] updated)
    {
        var all = keys.Concat(updated).ToArray();
        provider ??= string.Empty;
        if (IsMySql(provider))
            return $"{MySqlInsert(table, all)} ON DUPLICATE KEY UPDATE {string.Join(", ", updated.Select(c => $"`{c}` = VALUES(`{c}`)"))}";
        if (IsSqlServer(provider))
            return $"{Merge(table, keys, all)} WHEN MATCHED THEN UPDATE SET {string.Join(", ", updated.Select(c => $"[{c}] = s.[{c}]"))} " +
                $"{MergeInsert(all)}";
        return $"{Insert(table, all)} ON CONFLICT ({string.Join(", ", keys.Select(c => $"\"{c}\""))}) " +
            $"DO UPDATE SET {string.Join(", ", updated.Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""))}";
    }

    /// <summary>
    /// Inserts the row, or, when the key exists and its <paramref name="rankColumn"/> is lower than the new one, sets
    /// <paramref name="updated"/> (the rank among them) to the new values; otherwise changes nothing. Columns of
    /// <paramref name="insertOnly"/> are written by the insert only.
    /// </summary>
    public static string RaiseOnly(string provider, string table, string[] keys, string rankColumn, string[] updated, string[] insertOnly)
    {
        var all = keys.Concat(updated).Concat(insertOnly).ToArray();
        provider ??= string.Empty;
        if (IsMySql(provider))
        {
            // assignments run left to right on the updated row: the others first, while the rank is still the stored one
            var others = updated.Where(c => c != rankColumn)
                .Select(c => $"`{c}` = IF(VALUES(`{rankColumn}`) > `{rankColumn}`, VALUES(`{c}`), `{c}`)");
            var rank = $"`{rankColumn}` = GREATEST(`{rankColumn}`, VALUES(`{rankColumn}`))";
            return $"{MySqlInsert(table, all)} ON DUPLICATE KEY UPDATE {string.Join(", ", others.Append(rank))}";
        }

        if (IsSqlServer(provider))
            return $"{Merge(table, keys, all)} WHEN MATCHED AND t.[{rankColumn}] < s.[{rankColumn}] " +
                $"THEN UPDATE SET {string.Join(", ", updated.Select(c => $"[{c}] = s.[{c}]"))} {MergeInsert(all)}";

        return $"{Insert(table, all)} ON CONFLICT ({string.Join(", ", keys.Select(c => $"\"{c}\""))}) " +
            $"DO UPDATE SET {string.Join(", ", updated.Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""))} " +
            $"WHERE \"{table}\".\"{rankColumn}\" < EXCLUDED.\"{rankColumn}\"";
    }

    private static string Insert(string table, string[] all) =>
        $"INSERT INTO \"{table}\" ({string.Join(", ", all.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", all.Select(c => "@" + c))})";

    private static string MySqlInsert(string table, string[] all) =>
        $"INSERT INTO `{table}` ({string.Join(", ", all.Select(c => $"`{c}`"))}) VALUES ({string.Join(", ", all.Select(c => "@" + c))})";

    private static string Merge(string table, string[] keys, string[] all) =>
        $"MERGE [{table}] WITH (HOLDLOCK) AS t USING (SELECT {string.Join(", ", all.Select(c => $"@{c} AS [{c}]"))}) AS s " +
        $"ON {string.Join(" AND ", keys.Select(c => $"t.[{c}] = s.[{c}]"))}";

    private static string MergeInsert(string[] all) =>
        $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", all.Select(c => $"[{c}]"))}) VALUES ({string.Join(", ", all.Select(c => $"s.[{c}]"))});";
}
