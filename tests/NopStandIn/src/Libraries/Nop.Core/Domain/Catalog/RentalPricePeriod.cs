namespace Nop.Core.Domain.Catalog;

// Real source: src/Libraries/Nop.Core/Domain/Catalog/RentalPricePeriod.cs
public enum RentalPricePeriod
{
    Days = 0,
    Weeks = 10,
    Months = 20,
    Years = 30
}
