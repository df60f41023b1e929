namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>What one task run did (logged by the task, shown by tests).</summary>
public class FollowUpRunSummary
{
    public int Queued { get; set; }

    public int Skipped { get; set; }

    /// <summary>Targets another run held at that moment (it sends them).</summary>
    public int HeldByAnotherRun { get; set; }

    /// <summary>Targets that failed; their claim is given back and the next run retries.</summary>
    public int Failed { get; set; }

    /// <summary>Fresh claims withdrawn because the customer reached the cap across rules meanwhile (due again at the next run).</summary>
    public int Deferred { get; set; }

    /// <summary>Rules whose run failed as a whole (logged; the other rules went on).</summary>
    public List<int> FailedRuleIds { get; } = new();
}
