namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>An occurrence start as the rule gives it: local (store's zone) and UTC.</summary>
public record PlannerOccurrenceStart(DateTime Local, DateTime Utc);
