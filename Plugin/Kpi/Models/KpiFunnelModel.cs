using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>The funnel card: a period's steps vs the previous period, the biggest leak in words.</summary>
public record KpiFunnelModel : BaseNopModel
{
    public int Days { get; set; }
    public string PeriodText { get; set; }
    public string PreviousPeriodText { get; set; }
    public IList<KpiFunnelPeriodModel> Periods { get; set; } = new List<KpiFunnelPeriodModel>();
    public IList<KpiFunnelStepModel> Steps { get; set; } = new List<KpiFunnelStepModel>();

    /// <summary>"No visits recorded in this period." when the period has none; else null.</summary>
    public string EmptyText { get; set; }

    /// <summary>Visit to order, this period and the previous one.</summary>
    public string Conversion { get; set; }
    public string PreviousConversion { get; set; }

    /// <summary>The biggest leak in words; null when there is nothing to compare.</summary>
    public string LeakText { get; set; }
}
