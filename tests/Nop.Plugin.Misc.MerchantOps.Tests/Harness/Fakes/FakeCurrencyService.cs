using Nop.Core.Domain.Directory;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// Currencies by id, as a new store has them: 1 = US Dollar (en-US), 2 = Euro (fr-FR); tests may add others. The
/// primary store currency is CurrencySettings.PrimaryStoreCurrencyId (1 unless a test sets it).
/// </summary>
public sealed class FakeCurrencyService : ICurrencyService
{
    private readonly Dictionary<int, Currency> _currencies = new()
    {
        [1] = new Currency { Id = 1, Name = "US Dollar", CurrencyCode = "USD", DisplayLocale = "en-US" },
        [2] = new Currency { Id = 2, Name = "Euro", CurrencyCode = "EUR", DisplayLocale = "fr-FR" }
    };

    public FakeCurrencyService Add(Currency currency)
    {
        _currencies[currency.Id] = currency;
        return this;
    }

    public Task<Currency> GetCurrencyByIdAsync(int currencyId) =>
        Task.FromResult(_currencies.GetValueOrDefault(currencyId));
}
