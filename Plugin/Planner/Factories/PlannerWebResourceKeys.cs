namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>Keys of the texts the planner's screens add to the services' messages (PlannerResourceKeys).</summary>
public static class PlannerWebResourceKeys
{
    public const string Prefix = "Plugins.Misc.MerchantOps.Planner.";

    public static class Form
    {
        public const string InvalidStart = Prefix + "Form.InvalidStart";
        public const string InvalidUntil = Prefix + "Form.InvalidUntil";
        public const string Nobody = Prefix + "Form.Nobody";
    }

    public static class Repeat
    {
        public const string None = Prefix + "Repeat.None";
        public const string Weekly = Prefix + "Repeat.Weekly";
        public const string EveryNWeeks = Prefix + "Repeat.EveryNWeeks";
        public const string MonthlyNthWeekday = Prefix + "Repeat.MonthlyNthWeekday";
        public const string EndNever = Prefix + "Repeat.EndNever";
        public const string EndOnDate = Prefix + "Repeat.EndOnDate";
        public const string EndAfterCount = Prefix + "Repeat.EndAfterCount";
        public const string First = Prefix + "Repeat.First";
        public const string Second = Prefix + "Repeat.Second";
        public const string Third = Prefix + "Repeat.Third";
        public const string Fourth = Prefix + "Repeat.Fourth";
        public const string Last = Prefix + "Repeat.Last";
    }

    public static class Week
    {
        public const string Heading = Prefix + "Week.Heading";
        public const string DoneBy = Prefix + "Week.DoneBy";
    }
}
