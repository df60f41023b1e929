using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Who may pack, and packers' names for lists and reports.</summary>
public interface IPackerService
{
    /// <summary>
    /// Active customers in an active role that holds the Packing permission, by name. The shop's staff see the
    /// shop's own staff (no vendor); a vendor sees only their own vendor's staff. At most <see cref="PackerService.MaxPackers"/>.
    /// </summary>
    Task<IReadOnlyList<Packer>> GetPossibleAssigneesAsync();

    /// <summary>Display names of the customers ("First Last", else the e-mail, else "#id"), in one query.</summary>
    Task<IReadOnlyDictionary<int, string>> GetNamesAsync(IEnumerable<int> customerIds);
}
