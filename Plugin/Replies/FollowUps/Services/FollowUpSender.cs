using System.Data.Common;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Orders;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain.FollowUpResourceKeys;
using SendKeys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Send;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// One task run, rule by rule. First the claims whose run died or failed (Claimed, token null or lease lapsed) are
/// taken over by a conditional update and resumed; then the finder's sendable candidates are claimed by inserting
/// their <see cref="FollowUpSend"/> row — the unique (rule, target, version) index refuses a second claim, whichever
/// app instance tries. A fresh claim then checks, in the database, the cap across rules and the opt-out; the message is
/// composed; a skip is written as Skipped with its reason (a logged warning); the email goes through the replies'
/// automatic once-only path with the claim's send key; the claim is marked Queued by a conditional update on its token.
/// A failure gives the claim back: the next run resumes it, and the send key guarantees the email is not queued twice
/// when the failure came after it (the reply send row, or the email found by its marker).
/// </summary>
public class FollowUpSender : IFollowUpSender
{
    /// <summary>How long a run holds a claim before another run may take it over (a run that died).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    private readonly IFollowUpComposer _composer;
    private readonly ICustomerService _customerService;
    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly IFollowUpCandidateFinder _finder;
    private readonly ILocalizationService _localizationService;
    private readonly ILogger _logger;
    private readonly IRepository<FollowUpOptOut> _optOuts;
    private readonly IOrderService _orderService;
    private readonly IQueuedEmailService _queuedEmailService;
    private readonly IRepository<CannedReplySend> _replySends;
    private readonly IReplySendService _replySender;
    private readonly IRepository<FollowUpRule> _rules;
    private readonly IRepository<FollowUpSend> _sends;
    private readonly ISettingService _settingService;
    private readonly Dictionary<int, MerchantOpsSettings> _storeSettings = [];
    private readonly TimeProvider _timeProvider;

    public FollowUpSender(IFollowUpComposer composer,
        ICustomerService customerService,
        ReplyEmailAccounts emailAccounts,
        IFollowUpCandidateFinder finder,
        ILocalizationService localizationService,
        ILogger logger,
        IRepository<FollowUpOptOut> optOuts,
        IOrderService orderService,
        IQueuedEmailService queuedEmailService,
        IRepository<CannedReplySend> replySends,
        IReplySendService replySender,
        IRepository<FollowUpRule> rules,
        IRepository<FollowUpSend> sends,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _composer = composer;
        _customerService = customerService;
        _emailAccounts = emailAccounts;
        _finder = finder;
        _localizationService = localizationService;
        _logger = logger;
        _optOuts = optOuts;
        _orderService = orderService;
        _queuedEmailService = queuedEmailService;
        _replySends = replySends;
        _replySender = replySender;
        _rules = rules;
        _sends = sends;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    public async Task<FollowUpRunSummary> RunDueAsync()
    {
        var summary = new FollowUpRunSummary();
        var rules = await _rules.Table.Where(rule => rule.Active && !rule.Deleted).OrderBy(rule => rule.Id).ToListAsync();
        foreach (var rule in rules)
        {
            try
            {
                await RunRuleAsync(rule, summary);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                summary.FailedRuleIds.Add(rule.Id);
                await _logger.ErrorAsync($"Merchant Ops: follow-up rule {rule.Id} ({rule.Name}) failed in this run; the next run tries again. {exception.Message}", exception);
            }
        }

        return summary;
    }

    public async Task<FollowUpMessage> SendTestAsync(FollowUpRule rule, FollowUpCandidate sample, string toEmail)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(sample);

        var message = await _composer.ComposeAsync(rule, sample, Guid.NewGuid());
        if (message.SkipReason != null)
            return message;
        if (string.IsNullOrWhiteSpace(toEmail))
            return Skipped(message, Keys.Skip.NoEmail);

        var account = await _emailAccounts.GetDefaultAsync();
        if (account == null)
            return Skipped(message, Keys.Skip.NoEmailAccount);

        var prefix = await _localizationService.GetResourceAsync(Keys.Email.TestPrefix, message.LanguageId);
        var subject = TextTruncation.Truncate(string.Format(prefix, message.Subject), ReplyLimits.MaxSubjectLength);
        // Straight to the one who asked: no claim, no send log row, nothing counted as sent to the customer.
        await _queuedEmailService.InsertQueuedEmailAsync(new QueuedEmail
        {
            Priority = QueuedEmailPriority.High,
            From = account.Email,
            FromName = account.DisplayName,
            To = toEmail.Trim(),
            CC = string.Empty,
            Subject = subject,
            Body = message.Body,
            CreatedOnUtc = Now,
            EmailAccountId = account.Id
        });

        return new FollowUpMessage
        {
            ReplyId = message.ReplyId,
            LanguageId = message.LanguageId,
            FellBack = message.FellBack,
            ToEmail = toEmail.Trim(),
            ToName = message.ToName,
            Subject = subject,
            Body = message.Body
        };
    }

    private async Task RunRuleAsync(FollowUpRule rule, FollowUpRunSummary summary)
    {
        var now = Now;

        // Claims a run gave back or left behind (it died): resumed with their own send key.
        var lapsed = await _sends.Table
            .Where(send => send.RuleId == rule.Id && send.StatusId == (int)FollowUpSendStatus.Claimed
                && (send.ClaimToken == null || send.ClaimExpiresOnUtc == null || send.ClaimExpiresOnUtc < now))
            .OrderBy(send => send.Id).Take(FollowUpLimits.BatchSize).ToListAsync();
        foreach (var claim in lapsed)
        {
            var token = Guid.NewGuid();
            if (!await _sends.TryTakeOverAsync(claim.Id, token, now, ClaimLease))
            {
                summary.HeldByAnotherRun++;
                continue;
            }

            claim.ClaimToken = token;
            await ProcessAsync(rule, claim, await CandidateOfAsync(rule, claim), fresh: false, summary);
        }

        var candidates = await _finder.FindAsync(rule, now, FollowUpLimits.BatchSize);
        foreach (var candidate in candidates.Where(candidate => candidate.IsSendableAt(now)))
        {
            var claim = new FollowUpSend
            {
                RuleId = rule.Id,
                StoreId = candidate.StoreId,
                CustomerId = candidate.CustomerId,
                TargetId = candidate.TargetId,
                TargetVersion = candidate.TargetVersion,
                OrderId = candidate.OrderId,
                Status = FollowUpSendStatus.Claimed,
                SendKey = Guid.NewGuid(),
                ClaimToken = Guid.NewGuid(),
                ClaimExpiresOnUtc = now + ClaimLease,
                ClickToken = Guid.NewGuid(),
                CreatedOnUtc = now
            };

            try
            {
                await _sends.InsertAsync(claim);
            }
            catch (DbException)
            {
                // The unique (rule, target, version) index: another run claimed it first, and sends it.
                summary.HeldByAnotherRun++;
                continue;
            }

            await ProcessAsync(rule, claim, candidate, fresh: true, summary);
        }
    }

    private async Task ProcessAsync(FollowUpRule rule, FollowUpSend claim, FollowUpCandidate candidate, bool fresh, FollowUpRunSummary summary)
    {
        var token = claim.ClaimToken!.Value;
        try
        {
            if (fresh && await OverCapAsync(claim))
            {
                await _sends.WithdrawAsync(claim.Id, token);
                summary.Deferred++;
                return;
            }

            if (!fresh)
            {
                // A resumed claim whose email the reply send path already queued (the run died before marking it): marked
                // as it is, whatever changed since (an opt-out, the reply deleted) — the email is out.
                var sendKey = claim.SendKey;
                var started = await _replySends.Table.FirstOrDefaultAsync(send => send.SendKey == sendKey);
                if (started?.QueuedEmailId != null)
                {
                    if (await _sends.MarkQueuedAsync(claim.Id, token, started.Id, started.QueuedEmailId.Value, Now))
                        summary.Queued++;
                    else
                        summary.HeldByAnotherRun++;
                    return;
                }
            }

            if (await _optOuts.Table.AnyAsync(optOut => optOut.CustomerId == claim.CustomerId))
            {
                await SkipAsync(rule, claim, token, Keys.Skip.OptedOut, summary);
                return;
            }

            var message = await _composer.ComposeAsync(rule, candidate, claim.ClickToken);
            if (message.SkipReason != null)
            {
                await SkipAsync(rule, claim, token, message.SkipReason, summary);
                return;
            }

            var result = await _replySender.SendAutomaticAsync(new ReplyAutomaticSend
            {
                SendKey = claim.SendKey,
                FollowUpRuleId = rule.Id,
                ReplyId = message.ReplyId,
                OrderId = claim.OrderId,
                CustomerId = claim.CustomerId,
                LanguageId = message.LanguageId,
                ToEmail = message.ToEmail,
                ToName = message.ToName,
                Subject = message.Subject,
                Body = message.Body
            });

            if (result.QueuedEmailId.HasValue)
            {
                if (await _sends.MarkQueuedAsync(claim.Id, token, result.SendId, result.QueuedEmailId.Value, Now))
                    summary.Queued++;
                else
                    summary.HeldByAnotherRun++;
                return;
            }

            if (result.AlreadySent)
            {
                // Another run works on this send key right now (its lock): it finishes, a later run marks the claim.
                await _sends.ReleaseAsync(claim.Id, token);
                summary.HeldByAnotherRun++;
                return;
            }

            var reason = result.ResourceKey switch
            {
                SendKeys.NoEmailAddress => Keys.Skip.NoEmail,
                SendKeys.ReplyNotFound => Keys.Skip.ReplyDeleted,
                SendKeys.EmptyBody => Keys.Skip.ReplyDeleted,
                _ => null
            };
            if (reason != null)
            {
                await SkipAsync(rule, claim, token, reason, summary);
                return;
            }

            // No email account, or the queue failed: retried by the next run, given up after the late window.
            if (claim.CreatedOnUtc < Now.AddHours(-FollowUpLimits.LateWindowHours))
            {
                await SkipAsync(rule, claim, token, result.ResourceKey == SendKeys.NoEmailAccount ? Keys.Skip.NoEmailAccount : Keys.Skip.Failed, summary);
                return;
            }

            await _sends.ReleaseAsync(claim.Id, token);
            summary.Failed++;
            await _logger.WarningAsync($"Merchant Ops: follow-up {claim.Id} of rule {rule.Id} ({rule.Name}) was not sent ({result.ResourceKey}); the next run tries again.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            summary.Failed++;
            await TryReleaseAsync(claim.Id, token);
            await _logger.ErrorAsync($"Merchant Ops: follow-up {claim.Id} of rule {rule.Id} ({rule.Name}) failed; the next run resumes it without sending twice. {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The cap across rules, counted in the database after this claim was inserted: the customer's claims in progress and
    /// follow-ups queued in the last days, this one included. Every claim counts after its own insert, so of two claims
    /// racing for the last place at least one sees the other: both may step back (the next run sends one), never both go.
    /// </summary>
    private async Task<bool> OverCapAsync(FollowUpSend claim)
    {
        // the store's own values, as the finder reads them (0 or less: no cap)
        if (!_storeSettings.TryGetValue(claim.StoreId, out var settings))
            _storeSettings[claim.StoreId] = settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(claim.StoreId);
        var max = settings.FollowUpMaxPerCustomer;
        if (max <= 0 || settings.FollowUpCapDays <= 0)
            return false;

        var since = Now.AddDays(-settings.FollowUpCapDays);
        var customerId = claim.CustomerId;
        var count = await _sends.Table.CountAsync(send => send.CustomerId == customerId
            && (send.StatusId == (int)FollowUpSendStatus.Claimed
                || send.StatusId == (int)FollowUpSendStatus.Queued && send.SentOnUtc >= since));
        return count > max;
    }

    private async Task SkipAsync(FollowUpRule rule, FollowUpSend claim, Guid token, string reason, FollowUpRunSummary summary)
    {
        if (!await _sends.MarkSkippedAsync(claim.Id, token, reason))
        {
            summary.HeldByAnotherRun++;
            return;
        }

        summary.Skipped++;
        await _logger.WarningAsync($"Merchant Ops: follow-up {claim.Id} of rule {rule.Id} ({rule.Name}) to customer {claim.CustomerId} skipped: {reason}.");
    }

    private async Task TryReleaseAsync(int claimId, Guid token)
    {
        try
        {
            await _sends.ReleaseAsync(claimId, token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease runs out by itself; a later run takes the claim over.
        }
    }

    /// <summary>A resumed claim as the composer needs it: its target and the customer's language (the order's when none).</summary>
    private async Task<FollowUpCandidate> CandidateOfAsync(FollowUpRule rule, FollowUpSend claim)
    {
        var customer = await _customerService.GetCustomerByIdAsync(claim.CustomerId);
        var order = claim.OrderId > 0 ? await _orderService.GetOrderByIdAsync(claim.OrderId) : null;
        return new FollowUpCandidate
        {
            RuleId = rule.Id,
            Trigger = rule.Trigger,
            StoreId = claim.StoreId,
            CustomerId = claim.CustomerId,
            TargetId = claim.TargetId,
            TargetVersion = claim.TargetVersion,
            OrderId = claim.OrderId,
            CustomerEmail = customer?.Email,
            LanguageId = customer?.LanguageId ?? order?.CustomerLanguageId ?? 0
        };
    }

    private static FollowUpMessage Skipped(FollowUpMessage message, string reason) =>
        new() { SkipReason = reason, ReplyId = message.ReplyId, LanguageId = message.LanguageId, FellBack = message.FellBack };

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;
}
