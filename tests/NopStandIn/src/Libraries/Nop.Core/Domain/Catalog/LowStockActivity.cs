namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/LowStockActivity.cs
public enum LowStockActivity
{
    Nothing = 0,
    DisableBuyButton = 1,
    Unpublish = 2
}
