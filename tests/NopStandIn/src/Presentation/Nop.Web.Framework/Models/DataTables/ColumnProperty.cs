namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/ColumnProperty.cs
/// <summary>A grid column bound to the row property <see cref="Data"/>; visible and HTML-encoded by default.</summary>
public partial class ColumnProperty
{
    public ColumnProperty(string data)
    {
        Data = data;
        Visible = true;
        Encode = true;
    }

    public string Data { get; set; }
    public string Title { get; set; }
    public IRender Render { get; set; }
    public string Width { get; set; }
    public bool AutoWidth { get; set; }
    public bool IsMasterCheckBox { get; set; }
    public string ClassName { get; set; }
    public bool Visible { get; set; }
    public bool Searchable { get; set; }
    public bool Editable { get; set; }
    public EditType EditType { get; set; }
    public bool Encode { get; set; }
}
