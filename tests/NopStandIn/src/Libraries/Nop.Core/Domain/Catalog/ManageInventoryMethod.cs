namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/ManageInventoryMethod.cs
public enum ManageInventoryMethod
{
    DontManageStock = 0,
    ManageStock = 1,
    ManageStockByAttributes = 2
}
