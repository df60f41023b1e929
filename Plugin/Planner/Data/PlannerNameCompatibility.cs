using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>The planner tables carry the plugin's prefix, so they never collide with nopCommerce's or another plugin's.</summary>
public class PlannerNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(PlannerBlock), PlannerTables.Block },
        { typeof(PlannerOccurrenceException), PlannerTables.OccurrenceException },
        { typeof(PlannerOccurrenceCompletion), PlannerTables.OccurrenceCompletion },
        { typeof(PlannerFeedSecret), PlannerTables.FeedSecret },
        { typeof(PlannerRoutineSeed), PlannerTables.RoutineSeed }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
