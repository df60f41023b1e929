namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderBoolean.cs
public partial class RenderBoolean : IRender;
