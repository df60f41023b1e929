namespace Nop.Web.Framework.Models.Cms;

// Real source: src/Presentation/Nop.Web.Framework/Models/Cms/WidgetNopCardModel.cs
/// <summary>additionalData of the admin_card_before / admin_card_after zones every nop-card renders (a class, not a record).</summary>
public partial class WidgetNopCardModel
{
    public string CardName { get; set; }
}
