using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Models;

/// <summary>"To do today": the live counts the user may see, with how old they are.</summary>
public record KpiTodoModel : BaseNopModel
{
    public IList<KpiTodoItemModel> Items { get; set; } = new List<KpiTodoItemModel>();

    /// <summary>"as of 14:05": the oldest of the counts shown.</summary>
    public string AsOf { get; set; }

    /// <summary>How abandoned carts are counted; null when they are not shown.</summary>
    public string CartsDefinition { get; set; }
}
