namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/DeleteConfirmationModel.cs
/// <summary>Model of the "Delete" partial rendered by nop-delete-confirmation.</summary>
public partial record DeleteConfirmationModel : BaseNopModel
{
    public string Id { get; set; }

    public string ControllerName { get; set; }

    public string ActionName { get; set; }

    public string WindowId { get; set; }
}
