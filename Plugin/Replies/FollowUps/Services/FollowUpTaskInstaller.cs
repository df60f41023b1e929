using Nop.Plugin.Misc.MerchantOps.Infrastructure.ScheduleTasks;
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

    public static Task EnsureInstalledAsync(IScheduleTaskService scheduleTaskService, DateTime nowUtc) =>
        PluginScheduleTasks.EnsureInstalledAsync(scheduleTaskService, typeof(FollowUpTask), TaskName, TaskSeconds, nowUtc);
}
