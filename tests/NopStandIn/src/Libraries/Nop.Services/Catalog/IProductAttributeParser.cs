using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

// Real source: src/Libraries/Nop.Services/Catalog/IProductAttributeParser.cs (subset: the members Merchant Ops calls)
public partial interface IProductAttributeParser
{
    Task<ProductAttributeCombination> FindProductAttributeCombinationAsync(Product product,
        string attributesXml, bool ignoreNonCombinableAttributes = true);
}
