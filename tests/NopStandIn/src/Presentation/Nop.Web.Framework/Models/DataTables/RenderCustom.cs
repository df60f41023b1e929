namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderCustom.cs
/// <summary>Renders a cell with a JavaScript function of the page: function(data, type, row, meta).</summary>
public partial class RenderCustom : IRender
{
    public RenderCustom(string functionName)
    {
        FunctionName = functionName;
    }

    public string FunctionName { get; set; }
}
