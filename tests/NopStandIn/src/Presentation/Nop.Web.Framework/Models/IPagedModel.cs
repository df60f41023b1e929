namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/IPagedModel.cs
public partial interface IPagedModel<T> where T : BaseNopModel;
