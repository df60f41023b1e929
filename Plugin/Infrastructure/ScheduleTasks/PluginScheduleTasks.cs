using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.ScheduleTasks;

/// <summary>
/// The plugin's rows in nopCommerce's ScheduleTask table: added at install and update when missing (found by type, the
/// namespace-qualified class nopCommerce's runner looks up in every loaded assembly), enabled, never stopped by an error.
/// Uninstall removes every task of the plugin's namespace (MerchantOpsPlugin).
/// </summary>
public static class PluginScheduleTasks
{
    public static async Task EnsureInstalledAsync(IScheduleTaskService scheduleTaskService, Type taskType, string name, int seconds, DateTime nowUtc)
    {
        var type = taskType.FullName;
        if (await scheduleTaskService.GetTaskByTypeAsync(type) != null)
            return;

        await scheduleTaskService.InsertTaskAsync(new ScheduleTask
        {
            Name = name,
            Type = type,
            Seconds = seconds,
            Enabled = true,
            LastEnabledUtc = nowUtc,
            StopOnError = false
        });
    }
}
