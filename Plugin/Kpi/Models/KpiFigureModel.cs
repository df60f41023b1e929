using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>One figure of "Yesterday at a glance": yesterday's value and its two comparisons, each as plain text.</summary>
public record KpiFigureModel : BaseNopModel
{
    /// <summary>Stable id of the figure (orders, revenue, aov, items, new, returning, refunds).</summary>
    public string Id { get; set; }
    public string Label { get; set; }
    public string Value { get; set; }
    public string LastWeek { get; set; }
    public string Average { get; set; }

    /// <summary>"+12 %", "−5 %", "no change", or a sentence when there is nothing to compare with.</summary>
    public string ChangeVsLastWeek { get; set; }
    public string ChangeVsAverage { get; set; }

    /// <summary>up, down or same (vs last week): a colour hint only; the text says it.</summary>
    public string Trend { get; set; }

    /// <summary>A rise is bad news (refunds): the colour of the trend is the other way round.</summary>
    public bool LowerIsBetter { get; set; }

    /// <summary>The colour class of the change vs last week: kpi-trend-up is green, kpi-trend-down red.</summary>
    public string TrendCss => "kpi-trend-" + (LowerIsBetter ? Trend switch { "up" => "down", "down" => "up", _ => Trend } : Trend);
}
