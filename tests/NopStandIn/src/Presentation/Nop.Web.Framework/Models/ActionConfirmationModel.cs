namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/ActionConfirmationModel.cs
/// <summary>Model of the "Confirm" partial rendered by nop-action-confirmation. (A class in nopCommerce, not a record.)</summary>
public partial class ActionConfirmationModel
{
    public string ControllerName { get; set; }

    public string ActionName { get; set; }

    public string WindowId { get; set; }

    public string ButtonId { get; set; }

    public string AdditonalConfirmText { get; set; }
}
