namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/BaseSearchModel.cs
// Stand-in: SetGridPageSize()/SetPopupGridPageSize() use the values nopCommerce installs in AdminAreaSettings
// (DefaultGridPageSize 15, PopupGridPageSize 7, GridPageSizes "7, 15, 20, 50, 100") instead of reading them.
/// <summary>A grid request as DataTables posts it: Draw, Start (0-based row), Length (page size).</summary>
public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    protected BaseSearchModel()
    {
        Length = 10;
    }

    public int Page => (Start / Length) + 1;

    public int PageSize => Length;

    public string AvailablePageSizes { get; set; }

    public string Draw { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public virtual void SetGridPageSize() => SetGridPageSize(15, "7, 15, 20, 50, 100");

    public virtual void SetPopupGridPageSize() => SetGridPageSize(7, "7, 15, 20, 50, 100");

    public virtual void SetGridPageSize(int pageSize, string availablePageSizes = null)
    {
        Start = 0;
        Length = pageSize;
        AvailablePageSizes = availablePageSizes;
    }
}
