using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// nopCommerce's schedule task of the follow-ups (every 10 minutes, <see cref="FollowUpTaskInstaller"/>): one
/// <see cref="IFollowUpSender.RunDueAsync"/>, which goes rule by rule (a rule that fails is logged and the others go on).
/// The task then fails if a rule did, so nopCommerce's schedule task list shows it. In a schedule task nobody is signed
/// in: the current customer is nopCommerce's built-in background-task account (no vendor), and the sender finds each
/// recipient and store from the target itself, never from the current user or the request's host.
/// </summary>
public class FollowUpTask : IScheduleTask
{
    private readonly ILogger _logger;
    private readonly IFollowUpSender _sender;

    public FollowUpTask(ILogger logger, IFollowUpSender sender)
    {
        _logger = logger;
        _sender = sender;
    }

    public async Task ExecuteAsync()
    {
        var summary = await _sender.RunDueAsync();
        if (summary.Queued + summary.Skipped + summary.Failed > 0)
            await _logger.InformationAsync($"Merchant Ops: follow-ups queued {summary.Queued}, skipped {summary.Skipped}, failed {summary.Failed} (retried), held by another run {summary.HeldByAnotherRun}, deferred by the cap {summary.Deferred}.");

        if (summary.FailedRuleIds.Count > 0)
            throw new InvalidOperationException($"Merchant Ops: follow-up rule(s) {string.Join(", ", summary.FailedRuleIds)} failed in this run (see the log).");
    }
}
