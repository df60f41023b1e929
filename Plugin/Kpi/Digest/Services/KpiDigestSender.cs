using System.Data.Common;
using System.Transactions;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Data;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using Nop.Plugin.Misc.MerchantOps.Kpi.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Services.Configuration;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>
/// Queues a store's weekly digest once per week, whatever the number of app instances and wherever a run stops:
/// <list type="number">
/// <item>the (store, week) is claimed by inserting its <see cref="KpiDigestSend"/> row (unique key: a second run at the
/// same moment fails on the index and stops), or by taking over a row whose email was never queued and whose claim
/// was given back (a failure) or lapsed (a run that died);</item>
/// <item>the QueuedEmail is inserted through nopCommerce's IQueuedEmailService and its id written on the claim row
/// (only by the claim's holder, only if none is there) in <b>one transaction</b>: a crash between the two rolls both
/// back, and the next run queues it; the row can never say "queued" without its email, nor an email exist without
/// the row saying so.</item>
/// </list>
/// On a database whose connections do not enlist in the transaction (SQLite, which nopCommerce does not run on), an
/// email queued before a crash is found again by the marker in its body (<c>&lt;!--merchantops-digest:store:week--&gt;</c>),
/// as Replies finds a reply's email, and is marked rather than queued twice.
/// The email goes from the store's default email account (as Replies chooses it, <see cref="ReplyEmailAccounts"/>) to
/// the owner's addresses (setting), else to that account's own address. A test digest is queued without a claim.
/// </summary>
public class KpiDigestSender
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly KpiDigestComposer _composer;
    private readonly IRepository<QueuedEmail> _queuedEmails;
    private readonly IQueuedEmailService _queuedEmailService;
    private readonly IRepository<KpiDigestSend> _sends;
    private readonly ISettingService _settingService;
    private readonly TimeProvider _timeProvider;
    private readonly PlannerTimeZones _timeZones;

    public KpiDigestSender(ReplyEmailAccounts emailAccounts,
        KpiDigestComposer composer,
        IRepository<QueuedEmail> queuedEmails,
        IQueuedEmailService queuedEmailService,
        IRepository<KpiDigestSend> sends,
        ISettingService settingService,
        TimeProvider timeProvider,
        PlannerTimeZones timeZones)
    {
        _emailAccounts = emailAccounts;
        _composer = composer;
        _queuedEmails = queuedEmails;
        _queuedEmailService = queuedEmailService;
        _sends = sends;
        _settingService = settingService;
        _timeProvider = timeProvider;
        _timeZones = timeZones;
    }

    /// <summary>The week's digest of the store, if due and not sent yet.</summary>
    public virtual async Task<KpiDigestOutcome> SendWeeklyAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);
        if (!settings.KpiDigestEnabled)
            return KpiDigestOutcome.Disabled;

        var schedule = await ScheduleAsync(storeId, settings);
        if (!schedule.IsDue)
            return KpiDigestOutcome.NotDue;

        var weekKey = schedule.WeekKey;
        var existing = await _sends.Table.FirstOrDefaultAsync(row => row.StoreId == storeId && row.WeekKey == weekKey);
        if (existing?.QueuedEmailId != null)
            return KpiDigestOutcome.AlreadySent;

        var account = await _emailAccounts.GetDefaultAsync();
        var recipients = Recipients(settings, account);
        if (account == null || recipients.Count == 0)
            return KpiDigestOutcome.NoRecipient;

        var token = Guid.NewGuid();
        var (claim, refused) = await ClaimAsync(existing, storeId, schedule, token);
        if (claim == null)
            return refused;

        try
        {
            var message = await _composer.ComposeAsync(storeId, schedule);
            return await QueueAndMarkAsync(claim, token, message, account, recipients) ? KpiDigestOutcome.Queued : KpiDigestOutcome.AlreadySent;
        }
        catch
        {
            // given back so that the next run retries at once (a run that dies instead lets its claim lapse)
            await _sends.ReleaseAsync(claim.Id, token);
            throw;
        }
    }

    /// <summary>A digest of the current week's figures to <paramref name="toEmail"/> now; never counts as the week's.</summary>
    public virtual async Task<KpiDigestOutcome> SendTestAsync(int storeId, string toEmail)
    {
        var account = await _emailAccounts.GetDefaultAsync();
        if (account == null || !KpiDigestRecipients.IsAddress(toEmail))
            return KpiDigestOutcome.NoRecipient;

        var settings = await _settingService.LoadSettingAsync<MerchantOpsSettings>(storeId);
        var message = await _composer.ComposeAsync(storeId, await ScheduleAsync(storeId, settings));
        await _queuedEmailService.InsertQueuedEmailAsync(Email(message, account, [toEmail]));
        return KpiDigestOutcome.TestQueued;
    }

    private async Task<KpiDigestSchedule> ScheduleAsync(int storeId, MerchantOpsSettings settings)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(Now, zone);
        return KpiDigestSchedule.For(localNow, settings.KpiDigestDay, settings.KpiDigestHour);
    }

    private static IReadOnlyList<string> Recipients(MerchantOpsSettings settings, EmailAccount account)
    {
        var typed = KpiDigestRecipients.Valid(settings.KpiDigestRecipients);
        if (typed.Count > 0)
            return typed;
        return account != null && KpiDigestRecipients.IsAddress(account.Email) ? [account.Email] : [];
    }

    /// <summary>The claim row of the week, held with <paramref name="token"/>; or null and why not.</summary>
    private async Task<(KpiDigestSend Claim, KpiDigestOutcome Refused)> ClaimAsync(KpiDigestSend existing, int storeId, KpiDigestSchedule schedule, Guid token)
    {
        if (existing != null)
            return await _sends.TryTakeOverAsync(existing.Id, token, Now, ClaimLease)
                ? (existing, default)
                : (null, KpiDigestOutcome.HeldByAnotherRun);

        var claim = new KpiDigestSend
        {
            StoreId = storeId,
            WeekKey = schedule.WeekKey,
            FromDay = schedule.FromKey,
            ToDay = schedule.ToKey,
            ClaimToken = token,
            ClaimExpiresOnUtc = Now + ClaimLease,
            CreatedOnUtc = Now
        };
        try
        {
            await _sends.InsertAsync(claim, publishEvent: false);
            return (claim, default);
        }
        catch (DbException)
        {
            // another run claimed the week first (the unique key refused this insert); anything else is rethrown
            var weekKey = schedule.WeekKey;
            var winner = await _sends.Table.FirstOrDefaultAsync(row => row.StoreId == storeId && row.WeekKey == weekKey);
            if (winner == null)
                throw;
            return (null, winner.QueuedEmailId != null ? KpiDigestOutcome.AlreadySent : KpiDigestOutcome.HeldByAnotherRun);
        }
    }

    /// <summary>The email and the claim's "queued" mark, together or not at all.</summary>
    private async Task<bool> QueueAndMarkAsync(KpiDigestSend claim, Guid token, KpiDigestMessage message, EmailAccount account, IReadOnlyList<string> recipients)
    {
        // An email queued by an earlier run whose mark was lost (a database that does not enlist in the transaction,
        // as SQLite): found by the marker in its body, as Replies finds a reply's email, and marked instead of queued again.
        var lost = await FindQueuedAsync(claim, recipients[0]);
        if (lost.HasValue)
            return await _sends.MarkQueuedAsync(claim.Id, token, lost.Value, Now);

        using var transaction = new TransactionScope(TransactionScopeOption.Required,
            new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted }, TransactionScopeAsyncFlowOption.Enabled);
        var email = Email(message, account, recipients);
        email.Body += Marker(claim);
        await _queuedEmailService.InsertQueuedEmailAsync(email);
        if (!await _sends.MarkQueuedAsync(claim.Id, token, email.Id, Now))
            return false; // the claim was taken over meanwhile: disposed without Complete, the email is rolled back
        transaction.Complete();
        return true;
    }

    private async Task<int?> FindQueuedAsync(KpiDigestSend claim, string to)
    {
        var marker = Marker(claim);
        var since = claim.CreatedOnUtc;
        var ids = await _queuedEmails.Table
            .Where(email => email.CreatedOnUtc >= since && email.To == to && email.Body.Contains(marker))
            .Select(email => email.Id).ToListAsync();
        return ids.Count > 0 ? ids.Min() : null;
    }

    /// <summary>Invisible in the email: which digest claim it belongs to.</summary>
    private static string Marker(KpiDigestSend claim) => $"<!--merchantops-digest:{claim.StoreId}:{claim.WeekKey}-->";

    private QueuedEmail Email(KpiDigestMessage message, EmailAccount account, IReadOnlyList<string> recipients) => new()
    {
        Priority = QueuedEmailPriority.Low,
        From = account.Email,
        FromName = account.DisplayName,
        To = recipients[0],
        ToName = string.Empty,
        // nopCommerce's send task splits CC on ';'
        CC = string.Join(";", recipients.Skip(1)),
        Subject = TextTruncation.Truncate(message.Subject, 1000),
        Body = message.Body,
        CreatedOnUtc = Now,
        EmailAccountId = account.Id
    };

    private DateTime Now => _timeProvider.GetUtcNow().UtcDateTime;
}
