using System.Globalization;
using Nop.Core.Domain.Directory;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Formats amounts as nopCommerce's PriceFormatter does for a currency (read from its behaviour, not copied): the
/// currency's custom format if it has one, else the "C" format of its display locale, else the number and the code in
/// brackets; the code appended when showCurrency and CurrencySettings.DisplayCurrencyLabel; a tax suffix when showTax
/// ("{0} incl tax" / "{0} excl tax", nopCommerce's fallbacks). No conversion.
/// </summary>
public sealed class FakePriceFormatter : IPriceFormatter
{
    private readonly CurrencySettings _currencySettings;

    public FakePriceFormatter(CurrencySettings currencySettings)
    {
        _currencySettings = currencySettings;
    }

    public Task<string> FormatPriceAsync(decimal price, bool showCurrency, Currency targetCurrency, int languageId, bool priceIncludesTax, bool showTax)
    {
        ArgumentNullException.ThrowIfNull(targetCurrency);
        string text;
        if (!string.IsNullOrEmpty(targetCurrency.CustomFormatting))
            text = price.ToString(targetCurrency.CustomFormatting);
        else if (!string.IsNullOrEmpty(targetCurrency.DisplayLocale))
            text = price.ToString("C", new CultureInfo(targetCurrency.DisplayLocale));
        else
            return Task.FromResult($"{price:N} ({targetCurrency.CurrencyCode})");

        if (showCurrency && _currencySettings.DisplayCurrencyLabel)
            text = $"{text} ({targetCurrency.CurrencyCode})";
        if (showTax)
            text = string.Format(priceIncludesTax ? "{0} incl tax" : "{0} excl tax", text);
        return Task.FromResult(text);
    }
}
