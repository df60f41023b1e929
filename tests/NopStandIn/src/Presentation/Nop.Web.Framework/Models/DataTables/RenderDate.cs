namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/RenderDate.cs
/// <summary>Renders a date with a moment.js format (default "L LTS").</summary>
public partial class RenderDate : IRender
{
    protected const string DEFAULT_DATE_FORMAT = "L LTS";

    public RenderDate()
    {
        Format = DEFAULT_DATE_FORMAT;
    }

    public string Format { get; set; }
}
