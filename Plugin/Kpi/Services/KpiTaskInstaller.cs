using Nop.Plugin.Misc.MerchantOps.Infrastructure.ScheduleTasks;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// The rollup's row in nopCommerce's ScheduleTask table, added at install and update when missing (never a second one:
/// nopCommerce finds a task by its type). Uninstall removes every task of the plugin's namespace (MerchantOpsPlugin).
/// Adding it reads no order: the backfill runs in the task, in chunks, so install and restart stay quick.
/// </summary>
public static class KpiTaskInstaller
{
    /// <summary>
    /// The task's type as nopCommerce's runner resolves it: the namespace-qualified class alone, which it looks up in
    /// every loaded assembly (the plugin's included), as official plugins name theirs.
    /// </summary>
    public static readonly string TaskType = typeof(KpiRollupTask).FullName;

    public const string TaskName = "Merchant Ops: daily sales rollups";

    public static Task EnsureInstalledAsync(IScheduleTaskService scheduleTaskService, DateTime nowUtc) =>
        PluginScheduleTasks.EnsureInstalledAsync(scheduleTaskService, typeof(KpiRollupTask), TaskName, KpiLimits.TaskSeconds, nowUtc);
}
