namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderButtonCustom.cs
public partial class RenderButtonCustom : IRender
{
    public RenderButtonCustom(string className, string title)
    {
        ClassName = className;
        Title = title;
    }

    public string Url { get; set; }
    public string ClassName { get; set; }
    public string Title { get; set; }
    public string OnClickFunctionName { get; set; }
}
