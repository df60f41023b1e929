namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderButtonRemove.cs
public partial class RenderButtonRemove : IRender
{
    public RenderButtonRemove(string title)
    {
        Title = title;
        ClassName = NopButtonClassDefaults.Default;
    }

    public string Title { get; set; }
    public string ClassName { get; set; }
}
