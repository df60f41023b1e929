namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/AlertModel.cs
/// <summary>Model of the "Alert" partial rendered by nop-alert.</summary>
public partial record ActionAlertModel : BaseNopEntityModel
{
    public string WindowId { get; set; }

    public string AlertId { get; set; }

    public string AlertMessage { get; set; }
}
