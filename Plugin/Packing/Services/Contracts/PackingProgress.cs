using Nop.Plugin.Misc.MerchantOps.Packing.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

public sealed record PackingProgress(int Total, int Pending, int Packed, int Shipped, int Problems, int Skipped, int Removed)
{
    /// <summary>Orders whose packing is over (packed, being shipped or shipped), out of <see cref="Total"/>.</summary>
    public int Done => Packed + Shipped;

    /// <summary>0–100; orders removed from the batch do not count.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * (Done + Skipped) / Total);
}
