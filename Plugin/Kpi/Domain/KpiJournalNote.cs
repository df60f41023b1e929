using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Domain;

/// <summary>
/// A dated note of the store owner's journal ("newsletter sent", "free shipping from 50 €"), drawn on the KPI page's
/// charts with a before/after comparison. Per store; the shop's staff only (a vendor sees no journal). Plain text, encoded
/// wherever it is shown. <see cref="Version"/> goes up at each edit: an edit or delete names the version it saw, and the
/// database refuses it when someone changed the note meanwhile.
/// </summary>
public class KpiJournalNote : BaseEntity
{
    public int StoreId { get; set; }

    /// <summary>The local day of the store the note is about, yyyyMMdd (<see cref="KpiDay"/>).</summary>
    public int LocalDay { get; set; }

    public string Text { get; set; }

    public int Version { get; set; }

    public int CreatedByCustomerId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
