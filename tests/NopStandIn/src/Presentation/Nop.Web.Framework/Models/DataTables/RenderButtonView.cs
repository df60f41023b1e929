namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderButtonView.cs
public partial class RenderButtonView : IRender
{
    public RenderButtonView(DataUrl url)
    {
        Url = url;
        ClassName = NopButtonClassDefaults.Default;
    }

    public DataUrl Url { get; set; }
    public string ClassName { get; set; }
}
