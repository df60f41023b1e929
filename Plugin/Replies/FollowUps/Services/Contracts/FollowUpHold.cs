namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

/// <summary>Why a due target does not get its follow-up now (the dry run shows it; the task sends only <see cref="None"/>).</summary>
public enum FollowUpHold
{
    /// <summary>Goes at <see cref="FollowUpCandidate.PlannedOnUtc"/>, which is now or past.</summary>
    None = 0,

    /// <summary>Due, but inside the store's quiet hours: goes when they end (<see cref="FollowUpCandidate.PlannedOnUtc"/>).</summary>
    QuietHours = 10,

    /// <summary>The customer had the most follow-ups allowed in the last days (settings); goes when one of them is old enough.</summary>
    CapReached = 20,

    /// <summary>The customer unsubscribed from follow-ups.</summary>
    OptedOut = 30,

    /// <summary>Abandoned cart: the customer is not subscribed to the store's newsletter (the consent), and the store asks for it.</summary>
    NoConsent = 40,

    /// <summary>No email address (or a guest, deleted or inactive customer: those are never listed at all).</summary>
    NoEmail = 50
}
