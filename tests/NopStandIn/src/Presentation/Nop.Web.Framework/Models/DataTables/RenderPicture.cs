namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderPicture.cs
public partial class RenderPicture : IRender
{
    public RenderPicture(string srcPrefix = "", int width = 0)
    {
        SrcPrefix = srcPrefix;
        Width = width;
    }

    public string SrcPrefix { get; set; }
    public string Src { get; set; }
    public int Width { get; set; }
}
