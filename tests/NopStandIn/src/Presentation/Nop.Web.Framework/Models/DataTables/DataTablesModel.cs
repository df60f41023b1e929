namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/DataTablesModel.cs
/// <summary>
/// Declares an admin grid; rendered with <c>@await Html.PartialAsync("Table", model)</c>. By default the grid is
/// server-side: it POSTs Draw/Start/Length plus the <see cref="Filters"/> to <see cref="UrlRead"/> and reads
/// the JSON answer's "Data", "draw", "recordsTotal" and "recordsFiltered".
/// </summary>
public partial record DataTablesModel : BaseNopModel
{
    protected const string DEFAULT_PAGING_TYPE = "simple_numbers";

    public DataTablesModel()
    {
        Info = true;
        RefreshButton = true;
        ServerSide = true;
        Processing = true;
        Paging = true;
        PagingType = DEFAULT_PAGING_TYPE;
        Filters = new List<FilterParameter>();
        ColumnCollection = new List<ColumnProperty>();
        LayoutCollection = new List<LayoutOption>();
    }

    public string Name { get; set; }
    public DataUrl UrlRead { get; set; }
    public DataUrl UrlDelete { get; set; }
    public DataUrl UrlUpdate { get; set; }
    public string SearchButtonId { get; set; }
    public IList<FilterParameter> Filters { get; set; }
    public object Data { get; set; }
    public bool Processing { get; set; }
    public bool ServerSide { get; set; }
    public int? DeferLoading { get; set; }
    public bool Paging { get; set; }
    public bool Info { get; set; }
    public string RowIdBasedOnField { get; set; }
    public bool RefreshButton { get; set; }
    public string PagingType { get; set; }
    public int Length { get; set; }
    public string LengthMenu { get; set; }
    public bool Ordering { get; set; }
    public string HeaderCallback { get; set; }
    public string DrawCallback { get; set; }
    public int FooterColumns { get; set; }
    public string FooterCallback { get; set; }
    public bool IsChildTable { get; set; }
    public DataTablesModel ChildTable { get; set; }
    public string PrimaryKeyColumn { get; set; }
    public string BindColumnNameActionDelete { get; set; }
    public IList<ColumnProperty> ColumnCollection { get; set; }
    public List<LayoutOption> LayoutCollection { get; set; }
}
