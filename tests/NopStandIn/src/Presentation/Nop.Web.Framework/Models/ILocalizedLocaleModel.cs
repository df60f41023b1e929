namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/ILocalizedLocaleModel.cs
public partial interface ILocalizedLocaleModel
{
    int LanguageId { get; set; }
}
