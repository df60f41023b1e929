namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>The sender's texts: why a follow-up was skipped (stored in <see cref="FollowUpSend.SkipReason"/>), the email's own lines, the send log's mark.</summary>
public static class FollowUpResourceKeys
{
    private const string Prefix = "Plugins.Misc.MerchantOps.FollowUps.";

    public static class Skip
    {
        /// <summary>The rule's reply was deleted from the library.</summary>
        public const string ReplyDeleted = Prefix + "Skip.ReplyDeleted";

        /// <summary>The order or the customer is gone (deleted) since it was found.</summary>
        public const string TargetGone = Prefix + "Skip.TargetGone";

        /// <summary>No email address (order's billing address nor the customer's account).</summary>
        public const string NoEmail = Prefix + "Skip.NoEmail";

        /// <summary>The customer unsubscribed between finding and sending.</summary>
        public const string OptedOut = Prefix + "Skip.OptedOut";

        /// <summary>Review request: every product of the order is reviewed already.</summary>
        public const string NothingToReview = Prefix + "Skip.NothingToReview";

        /// <summary>Abandoned cart: the cart is empty now.</summary>
        public const string CartEmpty = Prefix + "Skip.CartEmpty";

        /// <summary>The store has no email account, for longer than the late window: given up.</summary>
        public const string NoEmailAccount = Prefix + "Skip.NoEmailAccount";

        /// <summary>Sending kept failing for longer than the late window: given up (the log has each failure).</summary>
        public const string Failed = Prefix + "Skip.Failed";
    }

    public static class Email
    {
        public const string ReviewIntro = Prefix + "Email.ReviewIntro";
        public const string ReviewLink = Prefix + "Email.ReviewLink";
        public const string CartIntro = Prefix + "Email.CartIntro";
        public const string CartLine = Prefix + "Email.CartLine";
        public const string BackToCart = Prefix + "Email.BackToCart";
        public const string SeeOrder = Prefix + "Email.SeeOrder";
        public const string UnsubscribeText = Prefix + "Email.UnsubscribeText";
        public const string Unsubscribe = Prefix + "Email.Unsubscribe";
        public const string TestPrefix = Prefix + "Email.TestPrefix";
    }

    public static class Log
    {
        /// <summary>The send log's "sent by" of an automatic send: "Automatic: {0}" (the rule's name).</summary>
        public const string Automatic = Prefix + "Log.Automatic";

        /// <summary>The send log's filter "automatic only".</summary>
        public const string AutomaticOnly = Prefix + "Log.AutomaticOnly";

        /// <summary>A rule that no longer exists.</summary>
        public const string DeletedRule = Prefix + "Log.DeletedRule";
    }
}
