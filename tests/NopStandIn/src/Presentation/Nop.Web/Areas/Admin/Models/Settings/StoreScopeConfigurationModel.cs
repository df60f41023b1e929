using Nop.Web.Areas.Admin.Models.Stores;
using Nop.Web.Framework.Models;

namespace Nop.Web.Areas.Admin.Models.Settings;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Models/Settings/StoreScopeConfigurationModel.cs
public partial record StoreScopeConfigurationModel : BaseNopModel
{
    public StoreScopeConfigurationModel()
    {
        Stores = new List<StoreModel>();
    }

    /// <summary>The active store scope; 0 = all stores.</summary>
    public int StoreId { get; set; }

    public IList<StoreModel> Stores { get; set; }
}
