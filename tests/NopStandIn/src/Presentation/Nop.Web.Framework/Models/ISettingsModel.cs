namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/ISettingsModel.cs
public partial interface ISettingsModel
{
    int ActiveStoreScopeConfiguration { get; set; }
}
