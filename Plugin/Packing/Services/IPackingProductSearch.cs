using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>Products for the queue's product filter, found by name or SKU as the packer types.</summary>
public interface IPackingProductSearch
{
    /// <summary>
    /// Products (not deleted) whose name contains <paramref name="term"/> or whose SKU starts with it, by name; a
    /// vendor gets only their own products. Nothing for fewer than <see cref="PackingProductSearch.MinTermLength"/> characters.
    /// </summary>
    Task<IReadOnlyList<ProductChoice>> SearchAsync(string term);
}
