namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderLink.cs
public partial class RenderLink : IRender
{
    public RenderLink(DataUrl url)
    {
        Url = url;
    }

    public DataUrl Url { get; set; }
    public string Title { get; set; }
}
