using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Sender;

/// <summary>
/// The test's stand-in for the FINDER part: the targets a test declares (built from its own rows), returned for their
/// rule once due and while no claim row exists for (rule, target, version) — as the real finder promises ("never
/// claimed for that rule"). Safety holds (opt-out, cap, quiet hours) are the finder's and not applied here, so the
/// sender's own re-checks are what the tests see.
/// </summary>
public sealed class TestCandidateFinder : IFollowUpCandidateFinder
{
    private readonly TestTargets _targets;
    private readonly IRepository<FollowUpSend> _sends;

    public TestCandidateFinder(TestTargets targets, IRepository<FollowUpSend> sends)
    {
        _targets = targets;
        _sends = sends;
    }

    public async Task<IReadOnlyList<FollowUpCandidate>> FindAsync(FollowUpRule rule, DateTime nowUtc, int max)
    {
        if (_targets.FailingRuleIds.Contains(rule.Id))
            throw new InvalidOperationException($"test: the finder fails for rule {rule.Id}");

        var ruleId = rule.Id;
        var claimed = (await _sends.Table.Where(send => send.RuleId == ruleId).Select(send => new { send.TargetId, send.TargetVersion }).ToListAsync())
            .Select(send => (send.TargetId, send.TargetVersion)).ToHashSet();
        return _targets.Of(ruleId)
            .Where(candidate => candidate.DueOnUtc <= nowUtc && !claimed.Contains((candidate.TargetId, candidate.TargetVersion)))
            .OrderBy(candidate => candidate.DueOnUtc).ThenBy(candidate => candidate.TargetId)
            .Take(max).ToList();
    }
}

/// <summary>The targets of a test, shared by every app instance of it (the rows are the database's; this is only the list).</summary>
public sealed class TestTargets
{
    private readonly List<FollowUpCandidate> _candidates = new();
    private readonly object _lock = new();

    public HashSet<int> FailingRuleIds { get; } = new();

    public void Add(FollowUpCandidate candidate)
    {
        lock (_lock)
            _candidates.Add(candidate);
    }

    public IReadOnlyList<FollowUpCandidate> Of(int ruleId)
    {
        lock (_lock)
            return _candidates.Where(candidate => candidate.RuleId == ruleId).ToList();
    }
}

/// <summary>The LINKS part's stand-in: plain URLs naming the click token and target (with characters that must be encoded in HTML).</summary>
public sealed class TestLinks : IFollowUpLinks
{
    public Task<string> TrackedUrlAsync(int storeId, Guid clickToken, string target) =>
        Task.FromResult($"https://shop.test/fu/{storeId}/{clickToken:N}?to={target}&s=1");

    public Task<string> UnsubscribeUrlAsync(int storeId, int customerId, Guid clickToken) =>
        Task.FromResult($"https://shop.test/fu/unsubscribe?c={customerId}&t={clickToken:N}");
}

/// <summary>A crash after the reply send path finished and before the claim is marked: the real send runs, then this throws (once per arming).</summary>
public sealed class FailingAfterSendService : IReplySendService
{
    private readonly ReplySendService _inner;
    private readonly SendFailures _failures;

    public FailingAfterSendService(ReplySendService inner, SendFailures failures)
    {
        _inner = inner;
        _failures = failures;
    }

    public Task<ReplySendResult> SendAsync(ReplySendRequest request) => _inner.SendAsync(request);

    public async Task<ReplySendResult> SendAutomaticAsync(ReplyAutomaticSend send)
    {
        var result = await _inner.SendAutomaticAsync(send);
        if (_failures.TakeAfterSend(out var crash))
            throw crash ? new OperationCanceledException("test: the process stops here") : new InvalidOperationException("test: failure after the send");
        return result;
    }
}

public sealed class SendFailures
{
    private int _afterSend;
    private bool _crash;

    /// <summary>The next automatic send fails after it ran; <paramref name="crash"/>: as a dying process (nothing catches it, the claim keeps its token).</summary>
    public void FailAfterSendOnce(bool crash = false)
    {
        _afterSend++;
        _crash = crash;
    }

    public bool TakeAfterSend(out bool crash)
    {
        crash = _crash;
        if (_afterSend == 0)
            return false;
        _afterSend--;
        return true;
    }
}
