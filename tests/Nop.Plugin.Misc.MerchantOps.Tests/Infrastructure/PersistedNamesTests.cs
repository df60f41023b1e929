using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>
/// A store that has the plugin installed upgrades without noticing: no name it keeps or links to (tables, columns,
/// indexes, migrations, resource keys, settings, permissions, URLs, menu nodes, widget zones...) disappears between
/// the previous version and this one. <see cref="PersistedNames"/> lists them from the running code; the previous
/// version's list is the committed file <see cref="SnapshotFile"/>, produced by the same list at that commit.
/// </summary>
public class PersistedNamesTests
{
    /// <summary>The names of the version before the feature-folder reshaping (commit c6f5c39).</summary>
    public const string SnapshotFile = "PersistedNames.c6f5c39.txt";

    /// <summary>
    /// Names removed on purpose since the snapshot, each by a migration that moves an installed store on; nothing
    /// else may disappear.
    /// </summary>
    private static readonly string[] RemovedDeliberately =
    [
        // Issue 12, per-vendor claims: two vendors' batches may hold one order at once, so the unique index that kept
        // an order in one active batch is dropped by PackingVendorClaimsMigration (replaced by a plain index on the
        // same column, IX_MerchantOpsPackingBatchOrder_ActiveOrderId, and the unique one on the items' ActiveOrderItemId).
        "index MerchantOpsPackingBatchOrder.UX_MerchantOpsPackingBatchOrder_ActiveOrderId"
    ];

    [Test]
    public async Task No_name_a_store_keeps_or_links_to_disappeared_since_the_previous_version()
    {
        var current = await PersistedNames.CollectAsync();
        // Written beside the test assembly: the list to commit as the next snapshot when a version ships.
        await File.WriteAllLinesAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "persisted-names.actual.txt"), current);

        var previous = Snapshot();
        var missing = previous.Except(current, StringComparer.Ordinal).Except(RemovedDeliberately, StringComparer.Ordinal).ToList();

        Assert.That(previous, Has.Count.GreaterThan(100), "the snapshot lists the previous version's names");
        Assert.That(previous, Is.SupersetOf(RemovedDeliberately), "an allowance names something the previous version had");
        Assert.That(current, Has.None.AnyOf(RemovedDeliberately), "an allowance is for a name that is really gone");
        Assert.That(missing, Is.Empty,
            "renamed or removed since the previous version (an installed store keeps or links to these):\n" + string.Join("\n", missing));
    }

    [Test]
    public async Task The_list_holds_every_kind_of_name_the_store_keeps()
    {
        var current = await PersistedNames.CollectAsync();

        foreach (var kind in new[] { "table", "column", "index", "foreign-key", "migration", "resource en-US", "resource fr-FR", "setting",
                     "permission", "url", "url-parameter", "menu", "widget-zone", "plugin", "topic", "reply-seed" })
            Assert.That(current, Has.Some.StartsWith(kind + " "), kind);
        Assert.That(current, Does.Contain("setting merchantopssettings.packingdefaultbatchsize"));
        Assert.That(current, Does.Contain("url POST Admin/Replies/PublishFaq"), "an action's [Route]");
        Assert.That(current, Does.Contain("menu MerchantOps.Configure Admin/MerchantOpsConfiguration/Configure"));
    }

    private static IReadOnlyList<string> Snapshot() =>
        File.ReadAllLines(TestPaths.InRepository("tests", "Nop.Plugin.Misc.MerchantOps.Tests", "Infrastructure", SnapshotFile))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
