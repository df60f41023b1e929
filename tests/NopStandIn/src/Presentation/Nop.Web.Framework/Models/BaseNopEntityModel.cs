namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/BaseNopEntityModel.cs
public partial record BaseNopEntityModel : BaseNopModel
{
    public virtual int Id { get; set; }
}
