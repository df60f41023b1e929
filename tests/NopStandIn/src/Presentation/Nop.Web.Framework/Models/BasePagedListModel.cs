using Newtonsoft.Json;

namespace Nop.Web.Framework.Models;

// Real source: src/Presentation/Nop.Web.Framework/Models/BasePagedListModel.cs
/// <summary>A grid answer as DataTables reads it: Data, draw, recordsFiltered, recordsTotal.</summary>
public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
{
    public IEnumerable<T> Data { get; set; }

    [JsonProperty(PropertyName = "draw")]
    public string Draw { get; set; }

    [JsonProperty(PropertyName = "recordsFiltered")]
    public int RecordsFiltered { get; set; }

    [JsonProperty(PropertyName = "recordsTotal")]
    public int RecordsTotal { get; set; }
}
