namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/FilterParameter.cs
/// <summary>A value posted with each grid request, read from the page element whose id is the name (or "ModelName_Name").</summary>
public partial class FilterParameter
{
    public FilterParameter(string name)
    {
        Name = name;
        Type = typeof(string);
    }

    public FilterParameter(string name, string modelName)
    {
        Name = name;
        ModelName = modelName;
        Type = typeof(string);
    }

    public FilterParameter(string name, Type type)
    {
        Name = name;
        Type = type;
    }

    public FilterParameter(string name, object value)
    {
        Name = name;
        Type = value.GetType();
        Value = value;
    }

    public FilterParameter(string name, string parentName, bool isParentChildParameter = true)
    {
        Name = name;
        ParentName = parentName;
        Type = typeof(string);
    }

    public string Name { get; }
    public string ModelName { get; }
    public Type Type { get; }
    public object Value { get; set; }
    public string ParentName { get; set; }
}
