namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/ProductType.cs
public enum ProductType
{
    SimpleProduct = 5,
    GroupedProduct = 10
}
