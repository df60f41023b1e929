using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

public class PackingProductSearch : IPackingProductSearch
{
    public const int MinTermLength = 2;
    public const int MaxTermLength = 100;
    public const int MaxResults = 15;

    private readonly IRepository<Product> _products;
    private readonly IWorkContext _workContext;

    public PackingProductSearch(IRepository<Product> products, IWorkContext workContext)
    {
        _products = products;
        _workContext = workContext;
    }

    public virtual async Task<IReadOnlyList<ProductChoice>> SearchAsync(string term)
    {
        term = term?.Trim();
        if (string.IsNullOrEmpty(term) || term.Length < MinTermLength || term.Length > MaxTermLength)
            return [];

        var actor = await PackingActor.CurrentAsync(_workContext);
        var query = _products.Table.Where(product => !product.Deleted && (product.Name.Contains(term) || product.Sku.StartsWith(term)));
        if (actor.IsVendor)
            query = query.Where(product => product.VendorId == actor.VendorId);

        var found = await query
            .OrderBy(product => product.Name).ThenBy(product => product.Id)
            .Take(MaxResults)
            .Select(product => new { product.Id, product.Name, product.Sku })
            .ToListAsync();
        return found.Select(product => new ProductChoice(product.Id, product.Name, product.Sku)).ToList();
    }
}
