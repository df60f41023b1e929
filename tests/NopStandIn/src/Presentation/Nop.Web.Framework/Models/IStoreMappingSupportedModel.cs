using Microsoft.AspNetCore.Mvc.Rendering;

namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/IStoreMappingSupportedModel.cs
public partial interface IStoreMappingSupportedModel
{
    IList<int> SelectedStoreIds { get; set; }

    IList<SelectListItem> AvailableStores { get; set; }
}
