using Nop.Core.Domain.Directory;

namespace Nop.Services.Catalog;

// Real source: src/Libraries/Nop.Services/Catalog/IPriceFormatter.cs (subset: the overload Merchant Ops calls)
public partial interface IPriceFormatter
{
    /// <summary>The amount in the target currency's format (custom format, else "C" of its display locale, else "N (code)"); no conversion.</summary>
    Task<string> FormatPriceAsync(decimal price, bool showCurrency, Currency targetCurrency, int languageId, bool priceIncludesTax, bool showTax);
}
