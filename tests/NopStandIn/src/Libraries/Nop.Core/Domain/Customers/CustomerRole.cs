namespace Nop.Core.Domain.Customers;

// Real source: src/Libraries/Nop.Core/Domain/Customers/CustomerRole.cs
public partial class CustomerRole : BaseEntity
{
    public string Name { get; set; }
    public bool FreeShipping { get; set; }
    public bool TaxExempt { get; set; }
    public bool Active { get; set; }
    public bool IsSystemRole { get; set; }
    public string SystemName { get; set; }
    public bool EnablePasswordLifetime { get; set; }
    public bool OverrideTaxDisplayType { get; set; }
    public int DefaultTaxDisplayTypeId { get; set; }
    public int PurchasedWithProductId { get; set; }
}
