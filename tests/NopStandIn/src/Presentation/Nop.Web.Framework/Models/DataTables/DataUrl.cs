using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Models.DataTables;

// Real source: src/Presentation/Nop.Web.Framework/Models/DataTables/DataUrl.cs
/// <summary>A grid URL: an action (+ controller and route values) or a literal URL ("~/" allowed).</summary>
public partial class DataUrl
{
    public DataUrl(string actionName, string controllerName, RouteValueDictionary routeValues)
    {
        ActionName = actionName;
        ControllerName = controllerName;
        RouteValues = routeValues;
    }

    public DataUrl(string url)
    {
        Url = url;
    }

    public DataUrl(string url, string dataId)
    {
        Url = url;
        DataId = dataId;
    }

    public DataUrl(string url, bool trimEnd)
    {
        Url = url;
        TrimEnd = trimEnd;
    }

    public string ActionName { get; set; }
    public string ControllerName { get; set; }
    public string Url { get; set; }
    public RouteValueDictionary RouteValues { get; set; }
    public string DataId { get; set; }
    public bool TrimEnd { get; set; }
}
