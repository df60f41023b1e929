namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/LayoutOptionType.cs
public enum LayoutOptionType
{
    Array = 1,
    Null = 2,
    String = 3,
    Object = 4
}
