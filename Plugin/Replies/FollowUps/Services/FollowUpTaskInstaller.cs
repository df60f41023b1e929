using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The follow-ups' row in nopCommerce's ScheduleTask table, added at install and update when missing (found by its
/// type). Uninstall removes every task of the plugin's namespace (MerchantOpsPlugin).
/// </summary>
public static class FollowUpTaskInstaller
{
    public static readonly string TaskType = typeof(FollowUpTask).FullName;

    public const string TaskName = "Merchant Ops: follow-ups";

    /// <summary>Every 10 minutes: a follow-up goes at most 10 minutes after it is due (quiet hours aside).</summary>
    public const int TaskSeconds = 600;

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
