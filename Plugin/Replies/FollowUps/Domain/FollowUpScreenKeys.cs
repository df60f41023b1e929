using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>Resource keys of the follow-up admin screens (rules, dry run, safety settings), English and French.</summary>
public static class FollowUpScreenKeys
{
    public static class Page
    {
        public const string Title = "Plugins.Misc.MerchantOps.FollowUps.Page.Title";
        public const string Intro = "Plugins.Misc.MerchantOps.FollowUps.Page.Intro";
        public const string AddNew = "Plugins.Misc.MerchantOps.FollowUps.Page.AddNew";
        public const string NoRules = "Plugins.Misc.MerchantOps.FollowUps.Page.NoRules";
        public const string ResultsPeriod = "Plugins.Misc.MerchantOps.FollowUps.Page.ResultsPeriod";
        public const string OpensNotMeasured = "Plugins.Misc.MerchantOps.FollowUps.Page.OpensNotMeasured";
        public const string Active = "Plugins.Misc.MerchantOps.FollowUps.Page.Active";
        public const string Inactive = "Plugins.Misc.MerchantOps.FollowUps.Page.Inactive";
        public const string Activate = "Plugins.Misc.MerchantOps.FollowUps.Page.Activate";
        public const string Deactivate = "Plugins.Misc.MerchantOps.FollowUps.Page.Deactivate";
        public const string DryRun = "Plugins.Misc.MerchantOps.FollowUps.Page.DryRun";
        public const string Recent = "Plugins.Misc.MerchantOps.FollowUps.Page.Recent";
        public const string Edit = "Plugins.Misc.MerchantOps.FollowUps.Page.Edit";
        public const string Activated = "Plugins.Misc.MerchantOps.FollowUps.Page.Activated";
        public const string Deactivated = "Plugins.Misc.MerchantOps.FollowUps.Page.Deactivated";
        public const string Deleted = "Plugins.Misc.MerchantOps.FollowUps.Page.Deleted";
        public const string Saved = "Plugins.Misc.MerchantOps.FollowUps.Page.Saved";
        public const string NotFound = "Plugins.Misc.MerchantOps.FollowUps.Page.NotFound";
        public const string BackToList = "Plugins.Misc.MerchantOps.FollowUps.Page.BackToList";
        public const string RecentTitle = "Plugins.Misc.MerchantOps.FollowUps.Page.RecentTitle";
        public const string NoSends = "Plugins.Misc.MerchantOps.FollowUps.Page.NoSends";
        public const string Cart = "Plugins.Misc.MerchantOps.FollowUps.Page.Cart";
        public const string Order = "Plugins.Misc.MerchantOps.FollowUps.Page.Order";
        public const string Reminder = "Plugins.Misc.MerchantOps.FollowUps.Page.Reminder";
        public const string Previous = "Plugins.Misc.MerchantOps.FollowUps.Page.Previous";
        public const string Next = "Plugins.Misc.MerchantOps.FollowUps.Page.Next";
        public const string PageOf = "Plugins.Misc.MerchantOps.FollowUps.Page.PageOf";
    }

    public static class Rule
    {
        public const string CreateTitle = "Plugins.Misc.MerchantOps.FollowUps.Rule.CreateTitle";
        public const string EditTitle = "Plugins.Misc.MerchantOps.FollowUps.Rule.EditTitle";
        public const string DeleteConfirm = "Plugins.Misc.MerchantOps.FollowUps.Rule.DeleteConfirm";
        public const string Seeded = "Plugins.Misc.MerchantOps.FollowUps.Rule.Seeded";
        public const string Hours = "Plugins.Misc.MerchantOps.FollowUps.Rule.Unit.Hours";
        public const string Days = "Plugins.Misc.MerchantOps.FollowUps.Rule.Unit.Days";
        public const string OneHour = "Plugins.Misc.MerchantOps.FollowUps.Rule.Unit.OneHour";
        public const string OneDay = "Plugins.Misc.MerchantOps.FollowUps.Rule.Unit.OneDay";
        public const string AllStores = "Plugins.Misc.MerchantOps.FollowUps.Rule.AllStores";
        public const string ReplyPick = "Plugins.Misc.MerchantOps.FollowUps.Rule.ReplyPick";

        public const string NameRequired = "Plugins.Misc.MerchantOps.FollowUps.Rule.NameRequired";
        public const string NameTooLong = "Plugins.Misc.MerchantOps.FollowUps.Rule.NameTooLong";
        public const string TriggerUnknown = "Plugins.Misc.MerchantOps.FollowUps.Rule.TriggerUnknown";
        public const string DelayOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Rule.DelayOutOfRange";
        public const string ReplyRequired = "Plugins.Misc.MerchantOps.FollowUps.Rule.ReplyRequired";
        public const string ReplyDeleted = "Plugins.Misc.MerchantOps.FollowUps.Rule.ReplyDeleted";
        public const string MaxRemindersOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Rule.MaxRemindersOutOfRange";
        public const string ConversionDaysOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Rule.ConversionDaysOutOfRange";
        public const string StoreUnknown = "Plugins.Misc.MerchantOps.FollowUps.Rule.StoreUnknown";
        public const string ChangedMeanwhile = "Plugins.Misc.MerchantOps.FollowUps.Rule.ChangedMeanwhile";
        public const string VendorRefused = "Plugins.Misc.MerchantOps.FollowUps.Rule.VendorRefused";
        public const string NotSaved = "Plugins.Misc.MerchantOps.FollowUps.Rule.NotSaved";
    }

    public static class DryRun
    {
        public const string Title = "Plugins.Misc.MerchantOps.FollowUps.DryRun.Title";
        public const string Intro = "Plugins.Misc.MerchantOps.FollowUps.DryRun.Intro";
        public const string NoCandidates = "Plugins.Misc.MerchantOps.FollowUps.DryRun.NoCandidates";
        public const string GoesNow = "Plugins.Misc.MerchantOps.FollowUps.DryRun.GoesNow";
        public const string Sample = "Plugins.Misc.MerchantOps.FollowUps.DryRun.Sample";
        public const string SampleFor = "Plugins.Misc.MerchantOps.FollowUps.DryRun.SampleFor";
        public const string FellBack = "Plugins.Misc.MerchantOps.FollowUps.DryRun.FellBack";
        public const string SampleSkipped = "Plugins.Misc.MerchantOps.FollowUps.DryRun.SampleSkipped";
        public const string SendTest = "Plugins.Misc.MerchantOps.FollowUps.DryRun.SendTest";
        public const string TestSent = "Plugins.Misc.MerchantOps.FollowUps.DryRun.TestSent";
        public const string TestNotSent = "Plugins.Misc.MerchantOps.FollowUps.DryRun.TestNotSent";
        public const string TestNoEmail = "Plugins.Misc.MerchantOps.FollowUps.DryRun.TestNoEmail";
        public const string TestNoSample = "Plugins.Misc.MerchantOps.FollowUps.DryRun.TestNoSample";
        public const string TimeZone = "Plugins.Misc.MerchantOps.FollowUps.DryRun.TimeZone";
        public const string Truncated = "Plugins.Misc.MerchantOps.FollowUps.DryRun.Truncated";
    }

    public static class Settings
    {
        public const string Title = "Plugins.Misc.MerchantOps.FollowUps.Settings.Title";
        public const string Intro = "Plugins.Misc.MerchantOps.FollowUps.Settings.Intro";
        public const string MaxPerCustomer = "Plugins.Misc.MerchantOps.FollowUps.Settings.MaxPerCustomer";
        public const string CapDays = "Plugins.Misc.MerchantOps.FollowUps.Settings.CapDays";
        public const string QuietFromHour = "Plugins.Misc.MerchantOps.FollowUps.Settings.QuietFromHour";
        public const string QuietToHour = "Plugins.Misc.MerchantOps.FollowUps.Settings.QuietToHour";
        public const string CartWithoutConsent = "Plugins.Misc.MerchantOps.FollowUps.Settings.CartWithoutConsent";
        public const string MaxPerCustomerOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Settings.MaxPerCustomerOutOfRange";
        public const string CapDaysOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Settings.CapDaysOutOfRange";
        public const string HourOutOfRange = "Plugins.Misc.MerchantOps.FollowUps.Settings.HourOutOfRange";
        public const string Saved = "Plugins.Misc.MerchantOps.FollowUps.Settings.Saved";
        public const string NotSaved = "Plugins.Misc.MerchantOps.FollowUps.Settings.NotSaved";
    }

    /// <summary>The trigger's name.</summary>
    public static string TriggerName(FollowUpTrigger trigger) => trigger switch
    {
        FollowUpTrigger.ReviewRequest => "Plugins.Misc.MerchantOps.FollowUps.Rule.Trigger.ReviewRequest",
        FollowUpTrigger.UnpaidOrder => "Plugins.Misc.MerchantOps.FollowUps.Rule.Trigger.UnpaidOrder",
        _ => "Plugins.Misc.MerchantOps.FollowUps.Rule.Trigger.AbandonedCart"
    };

    /// <summary>Where a follow-up stands, in the recent follow-ups list.</summary>
    public static string StatusName(FollowUpSendStatus status) => status switch
    {
        FollowUpSendStatus.Claimed => "Plugins.Misc.MerchantOps.FollowUps.Page.Status.Claimed",
        FollowUpSendStatus.Queued => "Plugins.Misc.MerchantOps.FollowUps.Page.Status.Queued",
        _ => "Plugins.Misc.MerchantOps.FollowUps.Page.Status.Skipped"
    };
}
