namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>The fixed values and sizes of an entry source (<see cref="KpiSourceDay"/>).</summary>
public static class KpiSources
{
    /// <summary>The source of a first page without UTM parameters or a referrer from another site.</summary>
    public const string Direct = "(direct)";

    /// <summary>The medium of a source taken from the referrer's host.</summary>
    public const string ReferralMedium = "referral";

    /// <summary>Longest kept source, medium and campaign; longer values are cut (a flood of long UTM values stays bounded).</summary>
    public const int ValueLength = 100;
}
