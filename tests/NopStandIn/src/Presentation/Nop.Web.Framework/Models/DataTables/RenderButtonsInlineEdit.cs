namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderButtonsInlineEdit.cs
public partial class RenderButtonsInlineEdit : IRender
{
    public RenderButtonsInlineEdit()
    {
        ClassName = NopButtonClassDefaults.Default;
    }

    public string ClassName { get; set; }
}
