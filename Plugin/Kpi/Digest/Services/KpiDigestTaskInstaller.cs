using Nop.Core.Domain.ScheduleTasks;
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

    public static async Task EnsureInstalledAsync(IScheduleTaskService scheduleTaskService, DateTime nowUtc)
    {
        if (await scheduleTaskService.GetTaskByTypeAsync(TaskType) != null)
            return;

        await scheduleTaskService.InsertTaskAsync(new ScheduleTask
        {
            Name = TaskName,
            Type = TaskType,
            Seconds = TaskSeconds,
            Enabled = true,
            LastEnabledUtc = nowUtc,
            StopOnError = false
        });
    }
}
