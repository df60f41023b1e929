namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/IConfigModel.cs
public partial interface IConfigModel;
