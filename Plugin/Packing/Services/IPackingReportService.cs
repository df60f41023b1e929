using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Progress and audit: packed/total, orders per hour per packer, paid-to-shipped time, mismatches and overrides.</summary>
public interface IPackingReportService
{
    /// <summary>Null when the batch does not exist or belongs to another vendor.</summary>
    Task<PackingProgress> GetProgressAsync(int batchId);

    /// <summary>Orders per hour of each packer, over orders shipped in [fromUtc, toUtc).</summary>
    Task<IReadOnlyList<PackerThroughput>> GetThroughputAsync(DateTime fromUtc, DateTime toUtc);

    /// <summary>Time from payment to shipment of the orders shipped in [fromUtc, toUtc) through packing batches.</summary>
    Task<PaidToShippedStats> GetPaidToShippedAsync(DateTime fromUtc, DateTime toUtc);

    /// <summary>The audit trail of a batch (0 = every batch the user may see), newest first.</summary>
    Task<IPagedList<PackingAuditEntry>> GetAuditAsync(int batchId, int pageIndex = 0, int pageSize = 50, IReadOnlyCollection<PackingEventType> types = null);
}
