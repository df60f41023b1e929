using Nop.Web.Framework.Models;

namespace Nop.Web.Areas.Admin.Models.Stores;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Models/Stores/StoreModel.cs (subset)
public partial record StoreModel : BaseNopEntityModel
{
    public string Name { get; set; }

    public string Url { get; set; }
}
