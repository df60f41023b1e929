namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>Resource keys of the follow-up admin screens (rules, dry run, safety settings), English and French.</summary>
public static class FollowUpScreenKeys
{
    private const string Prefix = MerchantOpsDefaults.ResourcePrefix + "FollowUps.";

    public static class Page
    {
        public const string Title = Prefix + "Page.Title";
        public const string Intro = Prefix + "Page.Intro";
        public const string AddNew = Prefix + "Page.AddNew";
        public const string NoRules = Prefix + "Page.NoRules";
        public const string ResultsPeriod = Prefix + "Page.ResultsPeriod";
        public const string OpensNotMeasured = Prefix + "Page.OpensNotMeasured";
        public const string Column = Prefix + "Page.Column.";
        public const string Active = Prefix + "Page.Active";
        public const string Inactive = Prefix + "Page.Inactive";
        public const string Activate = Prefix + "Page.Activate";
        public const string Deactivate = Prefix + "Page.Deactivate";
        public const string DryRun = Prefix + "Page.DryRun";
        public const string Recent = Prefix + "Page.Recent";
        public const string Edit = Prefix + "Page.Edit";
        public const string Activated = Prefix + "Page.Activated";
        public const string Deactivated = Prefix + "Page.Deactivated";
        public const string Deleted = Prefix + "Page.Deleted";
        public const string Saved = Prefix + "Page.Saved";
        public const string NotFound = Prefix + "Page.NotFound";
        public const string BackToList = Prefix + "Page.BackToList";
        public const string RecentTitle = Prefix + "Page.RecentTitle";
        public const string NoSends = Prefix + "Page.NoSends";
        public const string Cart = Prefix + "Page.Cart";
        public const string Order = Prefix + "Page.Order";
        public const string Reminder = Prefix + "Page.Reminder";
        public const string Previous = Prefix + "Page.Previous";
        public const string Next = Prefix + "Page.Next";
        public const string PageOf = Prefix + "Page.PageOf";
        public const string Status = Prefix + "Page.Status.";
    }

    public static class Rule
    {
        public const string CreateTitle = Prefix + "Rule.CreateTitle";
        public const string EditTitle = Prefix + "Rule.EditTitle";
        public const string DeleteConfirm = Prefix + "Rule.DeleteConfirm";
        public const string Seeded = Prefix + "Rule.Seeded";
        public const string Trigger = Prefix + "Rule.Trigger.";
        public const string Hours = Prefix + "Rule.Unit.Hours";
        public const string Days = Prefix + "Rule.Unit.Days";
        public const string AllStores = Prefix + "Rule.AllStores";
        public const string ReplyPick = Prefix + "Rule.ReplyPick";

        public const string NameRequired = Prefix + "Rule.NameRequired";
        public const string NameTooLong = Prefix + "Rule.NameTooLong";
        public const string TriggerUnknown = Prefix + "Rule.TriggerUnknown";
        public const string DelayOutOfRange = Prefix + "Rule.DelayOutOfRange";
        public const string ReplyRequired = Prefix + "Rule.ReplyRequired";
        public const string ReplyDeleted = Prefix + "Rule.ReplyDeleted";
        public const string MaxRemindersOutOfRange = Prefix + "Rule.MaxRemindersOutOfRange";
        public const string ConversionDaysOutOfRange = Prefix + "Rule.ConversionDaysOutOfRange";
        public const string StoreUnknown = Prefix + "Rule.StoreUnknown";
        public const string ChangedMeanwhile = Prefix + "Rule.ChangedMeanwhile";
        public const string VendorRefused = Prefix + "Rule.VendorRefused";
        public const string NotSaved = Prefix + "Rule.NotSaved";
    }

    public static class DryRun
    {
        public const string Title = Prefix + "DryRun.Title";
        public const string Intro = Prefix + "DryRun.Intro";
        public const string NoCandidates = Prefix + "DryRun.NoCandidates";
        public const string Column = Prefix + "DryRun.Column.";
        public const string GoesNow = Prefix + "DryRun.GoesNow";
        public const string Sample = Prefix + "DryRun.Sample";
        public const string SampleFor = Prefix + "DryRun.SampleFor";
        public const string FellBack = Prefix + "DryRun.FellBack";
        public const string SampleSkipped = Prefix + "DryRun.SampleSkipped";
        public const string SendTest = Prefix + "DryRun.SendTest";
        public const string TestSent = Prefix + "DryRun.TestSent";
        public const string TestNotSent = Prefix + "DryRun.TestNotSent";
        public const string TestNoEmail = Prefix + "DryRun.TestNoEmail";
        public const string TestNoSample = Prefix + "DryRun.TestNoSample";
        public const string TimeZone = Prefix + "DryRun.TimeZone";
        public const string Truncated = Prefix + "DryRun.Truncated";
    }

    public static class Settings
    {
        public const string Title = Prefix + "Settings.Title";
        public const string Intro = Prefix + "Settings.Intro";
        public const string MaxPerCustomer = Prefix + "Settings.MaxPerCustomer";
        public const string CapDays = Prefix + "Settings.CapDays";
        public const string QuietFromHour = Prefix + "Settings.QuietFromHour";
        public const string QuietToHour = Prefix + "Settings.QuietToHour";
        public const string CartWithoutConsent = Prefix + "Settings.CartWithoutConsent";
        public const string MaxPerCustomerOutOfRange = Prefix + "Settings.MaxPerCustomerOutOfRange";
        public const string CapDaysOutOfRange = Prefix + "Settings.CapDaysOutOfRange";
        public const string HourOutOfRange = Prefix + "Settings.HourOutOfRange";
        public const string Saved = Prefix + "Settings.Saved";
        public const string NotSaved = Prefix + "Settings.NotSaved";
    }

    /// <summary>The trigger's name (Rule.Trigger.ReviewRequest …).</summary>
    public static string TriggerName(FollowUpTrigger trigger) => Rule.Trigger + trigger;

    /// <summary>FINDER's texts, used by key: why a candidate is listed and why it is held.</summary>
    public static string Reason(FollowUpTrigger trigger) => Prefix + "Reason." + trigger;

    public static string Hold(Services.Contracts.FollowUpHold hold) => Prefix + "Hold." + hold;
}
