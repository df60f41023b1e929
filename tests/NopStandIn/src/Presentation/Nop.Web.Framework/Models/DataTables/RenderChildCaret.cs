namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderChildCaret.cs
public partial class RenderChildCaret : IRender;
