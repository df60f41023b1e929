using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>"Yesterday at a glance".</summary>
public record KpiYesterdayModel : BaseNopModel
{
    public string DayText { get; set; }
    public string LastWeekDayText { get; set; }

    /// <summary>What the average is, said on screen ("average of the 4 previous Tuesdays").</summary>
    public string AverageText { get; set; }

    /// <summary>"No orders yesterday." when yesterday had none; else null.</summary>
    public string EmptyText { get; set; }

    /// <summary>Shown to a vendor: the figures are those of their own products.</summary>
    public bool IsVendor { get; set; }

    public IList<KpiFigureModel> Figures { get; set; } = new List<KpiFigureModel>();

    /// <summary>The backfill's progress while past days are still being computed; null once complete.</summary>
    public string BackfillText { get; set; }
}
