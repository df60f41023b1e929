namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>The occurrences of a block in a window, by start; <see cref="Truncated"/> when the bound cut the list.</summary>
public record PlannerExpansion(IReadOnlyList<PlannerOccurrence> Occurrences, bool Truncated);
