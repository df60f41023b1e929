namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/ILocalizedModel.cs
public partial interface ILocalizedModel;

// Real source: src/Presentation/Nop.Web.Framework/Models/ILocalizedModel.cs
public partial interface ILocalizedModel<TLocalizedModel> : ILocalizedModel
{
    IList<TLocalizedModel> Locales { get; set; }
}
