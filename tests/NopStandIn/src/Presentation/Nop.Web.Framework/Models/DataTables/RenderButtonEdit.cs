namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderButtonEdit.cs
public partial class RenderButtonEdit : IRender
{
    public RenderButtonEdit(DataUrl url)
    {
        Url = url;
        ClassName = NopButtonClassDefaults.Default;
    }

    public DataUrl Url { get; set; }
    public string ClassName { get; set; }
}
