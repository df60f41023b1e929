namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/LayoutOption.cs
public partial class LayoutOption
{
    public string Name { get; set; }
    public LayoutOptionType OptionType { get; set; }
    public object Value { get; set; }
}
