namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>How a figure moved from the previous period: a percentage, "new" (from 0 to something), or none (0 to 0).</summary>
public readonly record struct KpiChange(KpiChangeKind Kind, decimal Percent)
{
    public static KpiChange Of(decimal current, decimal previous)
    {
        if (previous == 0m)
            return current == 0m ? new(KpiChangeKind.None, 0m) : new(KpiChangeKind.New, 0m);
        return new(KpiChangeKind.Percent, decimal.Round((current - previous) / Math.Abs(previous) * 100m, 1));
    }
}

public enum KpiChangeKind
{
    /// <summary>Both periods are 0: no change to show ("—").</summary>
    None,

    /// <summary>The previous period was 0 and this one is not: no percentage exists ("new").</summary>
    New,

    Percent
}
