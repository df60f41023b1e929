namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>Which occurrences an edit of a recurring block applies to.</summary>
public enum PlannerEditScope
{
    /// <summary>The whole series (a one-off block has only this).</summary>
    All = 0,

    /// <summary>One occurrence: it is moved (new start and duration), the series is untouched.</summary>
    ThisOccurrence = 1,

    /// <summary>The series is split: the old one ends before this occurrence, a new block starts with it.</summary>
    ThisAndFollowing = 2
}
