namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/NopColumnClassDefaults.cs
public static partial class NopColumnClassDefaults
{
    public static string CenterAll => "text-center";
    public static string ChildControl => "child-control";
    public static string Button => "button-column";
}
