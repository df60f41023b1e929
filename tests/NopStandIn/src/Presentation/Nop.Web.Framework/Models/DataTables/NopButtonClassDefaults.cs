namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/NopButtonClassDefaults.cs
public static partial class NopButtonClassDefaults
{
    public static string Default => "btn btn-default";
    public static string Primary => "btn btn-primary";
    public static string Success => "btn btn-success";
    public static string Info => "btn btn-info";
    public static string Danger => "btn btn-danger";
    public static string Warning => "btn btn-warning";
    public static string Olive => "btn bg-olive";
}
