using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Finds a product's attribute combination by its attributes XML. nopCommerce compares the parsed attributes;
/// test data writes the XML the same way on both sides, so comparing the text is enough here.
/// </summary>
public class RepositoryProductAttributeParser : IProductAttributeParser
{
    private readonly IRepository<ProductAttributeCombination> _combinations;

    public RepositoryProductAttributeParser(IRepository<ProductAttributeCombination> combinations)
    {
        _combinations = combinations;
    }

    public async Task<ProductAttributeCombination> FindProductAttributeCombinationAsync(Product product, string attributesXml, bool ignoreNonCombinableAttributes = true)
    {
        var combinations = await _combinations.Table.Where(c => c.ProductId == product.Id).ToListAsync();
        return combinations.FirstOrDefault(c => string.Equals(c.AttributesXml?.Trim(), attributesXml?.Trim(), StringComparison.Ordinal));
    }
}
