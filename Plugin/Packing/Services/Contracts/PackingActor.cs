using Nop.Core;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

/// <summary>Who is acting: the current customer, and their vendor (0 for the shop's own staff).</summary>
public sealed record PackingActor(int CustomerId, int VendorId)
{
    public bool IsVendor => VendorId > 0;

    public static async Task<PackingActor> CurrentAsync(IWorkContext workContext)
    {
        var customer = await workContext.GetCurrentCustomerAsync();
        var vendor = await workContext.GetCurrentVendorAsync();
        return new PackingActor(customer?.Id ?? 0, vendor?.Id ?? 0);
    }

    /// <summary>A vendor sees only batches of their vendor id; the shop's staff see every batch.</summary>
    public bool MaySee(Domain.PackingBatch batch) => batch is not null && (!IsVendor || batch.VendorId == VendorId);
}
