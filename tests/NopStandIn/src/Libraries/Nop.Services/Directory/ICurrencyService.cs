using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

// Real source: src/Libraries/Nop.Services/Directory/ICurrencyService.cs (subset: the members Merchant Ops calls)
public partial interface ICurrencyService
{
    Task<Currency> GetCurrencyByIdAsync(int currencyId);
}
