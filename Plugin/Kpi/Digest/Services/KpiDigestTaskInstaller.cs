using Nop.Plugin.Misc.MerchantOps.Infrastructure.ScheduleTasks;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>
/// The digest's row in nopCommerce's ScheduleTask table, added at install and update when missing (found by its type).
/// Uninstall removes every task of the plugin's namespace (MerchantOpsPlugin).
/// </summary>
public static class KpiDigestTaskInstaller
{
    public static readonly string TaskType = typeof(KpiDigestTask).FullName;

    public const string TaskName = "Merchant Ops: weekly KPI digest";

    /// <summary>Hourly: the digest goes within the hour after the set one.</summary>
    public const int TaskSeconds = 3600;

    public static Task EnsureInstalledAsync(IScheduleTaskService scheduleTaskService, DateTime nowUtc) =>
        PluginScheduleTasks.EnsureInstalledAsync(scheduleTaskService, typeof(KpiDigestTask), TaskName, TaskSeconds, nowUtc);
}
