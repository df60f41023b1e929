namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/EditType.cs
public enum EditType
{
    Number = 1,
    Checkbox = 2,
    String = 3
}
