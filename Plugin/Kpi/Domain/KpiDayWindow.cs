namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>A local day of a store and its UTC bounds: orders placed at <see cref="StartUtc"/> ≤ CreatedOnUtc &lt; <see cref="EndUtc"/>.</summary>
public readonly record struct KpiDayWindow(DateOnly Day, DateTime StartUtc, DateTime EndUtc)
{
    public int Key => KpiDay.Key(Day);

    public TimeSpan Length => EndUtc - StartUtc;
}
