using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>The Operations card: each line a sentence (figures included), with a link to the report it comes from.</summary>
public record KpiOperationsModel : BaseNopModel
{
    public IList<KpiTodoItemModel> Lines { get; set; } = new List<KpiTodoItemModel>();
    public string AsOf { get; set; }
}
