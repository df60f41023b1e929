namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>The sender's texts: why a follow-up was skipped (stored in <see cref="FollowUpSend.SkipReason"/>), the email's own lines, the send log's mark.</summary>
public static class FollowUpResourceKeys
{
    public static class Skip
    {
        /// <summary>The rule's reply was deleted from the library.</summary>
        public const string ReplyDeleted = "Plugins.Misc.MerchantOps.FollowUps.Skip.ReplyDeleted";

        /// <summary>The order or the customer is gone (deleted) since it was found.</summary>
        public const string TargetGone = "Plugins.Misc.MerchantOps.FollowUps.Skip.TargetGone";

        /// <summary>No email address (order's billing address nor the customer's account).</summary>
        public const string NoEmail = "Plugins.Misc.MerchantOps.FollowUps.Skip.NoEmail";

        /// <summary>The customer unsubscribed between finding and sending.</summary>
        public const string OptedOut = "Plugins.Misc.MerchantOps.FollowUps.Skip.OptedOut";

        /// <summary>Review request: every product of the order is reviewed already.</summary>
        public const string NothingToReview = "Plugins.Misc.MerchantOps.FollowUps.Skip.NothingToReview";

        /// <summary>Abandoned cart: the cart is empty now.</summary>
        public const string CartEmpty = "Plugins.Misc.MerchantOps.FollowUps.Skip.CartEmpty";

        /// <summary>The store has no email account, for longer than the late window: given up.</summary>
        public const string NoEmailAccount = "Plugins.Misc.MerchantOps.FollowUps.Skip.NoEmailAccount";

        /// <summary>Sending kept failing for longer than the late window: given up (the log has each failure).</summary>
        public const string Failed = "Plugins.Misc.MerchantOps.FollowUps.Skip.Failed";
    }

    public static class Email
    {
        public const string ReviewIntro = "Plugins.Misc.MerchantOps.FollowUps.Email.ReviewIntro";
        public const string ReviewLink = "Plugins.Misc.MerchantOps.FollowUps.Email.ReviewLink";
        public const string CartIntro = "Plugins.Misc.MerchantOps.FollowUps.Email.CartIntro";
        public const string CartLine = "Plugins.Misc.MerchantOps.FollowUps.Email.CartLine";
        public const string BackToCart = "Plugins.Misc.MerchantOps.FollowUps.Email.BackToCart";
        public const string SeeOrder = "Plugins.Misc.MerchantOps.FollowUps.Email.SeeOrder";
        public const string UnsubscribeText = "Plugins.Misc.MerchantOps.FollowUps.Email.UnsubscribeText";
        public const string Unsubscribe = "Plugins.Misc.MerchantOps.FollowUps.Email.Unsubscribe";
        public const string TestPrefix = "Plugins.Misc.MerchantOps.FollowUps.Email.TestPrefix";
    }

    public static class Log
    {
        /// <summary>The send log's "sent by" of an automatic send: "Automatic: {0}" (the rule's name).</summary>
        public const string Automatic = "Plugins.Misc.MerchantOps.FollowUps.Log.Automatic";

        /// <summary>The send log's filter "automatic only".</summary>
        public const string AutomaticOnly = "Plugins.Misc.MerchantOps.FollowUps.Log.AutomaticOnly";

        /// <summary>A rule that no longer exists.</summary>
        public const string DeletedRule = "Plugins.Misc.MerchantOps.FollowUps.Log.DeletedRule";
    }
}
