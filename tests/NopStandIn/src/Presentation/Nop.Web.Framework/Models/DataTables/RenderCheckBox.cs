namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderCheckBox.cs
public partial class RenderCheckBox : IRender
{
    public RenderCheckBox(string name, string propertyKeyName = "Id")
    {
        Name = name;
        PropertyKeyName = propertyKeyName;
    }

    public string Name { get; set; }
    public string PropertyKeyName { get; set; }
}
