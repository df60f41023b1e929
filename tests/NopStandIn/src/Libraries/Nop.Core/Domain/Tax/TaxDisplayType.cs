namespace Nop.Core.Domain.Tax;

// Real source: src/Libraries/Nop.Core/Domain/Tax/TaxDisplayType.cs
public enum TaxDisplayType
{
    IncludingTax = 0,
    ExcludingTax = 10
}
