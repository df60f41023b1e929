namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>Keys of the texts the planner's screens add to the services' messages (PlannerResourceKeys).</summary>
public static class PlannerWebResourceKeys
{
    public static class Form
    {
        public const string InvalidStart = "Plugins.Misc.MerchantOps.Planner.Form.InvalidStart";
        public const string InvalidUntil = "Plugins.Misc.MerchantOps.Planner.Form.InvalidUntil";
        public const string Nobody = "Plugins.Misc.MerchantOps.Planner.Form.Nobody";
    }

    public static class Repeat
    {
        public const string None = "Plugins.Misc.MerchantOps.Planner.Repeat.None";
        public const string Weekly = "Plugins.Misc.MerchantOps.Planner.Repeat.Weekly";
        public const string EveryNWeeks = "Plugins.Misc.MerchantOps.Planner.Repeat.EveryNWeeks";
        public const string MonthlyNthWeekday = "Plugins.Misc.MerchantOps.Planner.Repeat.MonthlyNthWeekday";
        public const string EndNever = "Plugins.Misc.MerchantOps.Planner.Repeat.EndNever";
        public const string EndOnDate = "Plugins.Misc.MerchantOps.Planner.Repeat.EndOnDate";
        public const string EndAfterCount = "Plugins.Misc.MerchantOps.Planner.Repeat.EndAfterCount";
        public const string First = "Plugins.Misc.MerchantOps.Planner.Repeat.First";
        public const string Second = "Plugins.Misc.MerchantOps.Planner.Repeat.Second";
        public const string Third = "Plugins.Misc.MerchantOps.Planner.Repeat.Third";
        public const string Fourth = "Plugins.Misc.MerchantOps.Planner.Repeat.Fourth";
        public const string Last = "Plugins.Misc.MerchantOps.Planner.Repeat.Last";
    }

    public static class Week
    {
        public const string Heading = "Plugins.Misc.MerchantOps.Planner.Week.Heading";
        public const string DoneBy = "Plugins.Misc.MerchantOps.Planner.Week.DoneBy";
    }
}
