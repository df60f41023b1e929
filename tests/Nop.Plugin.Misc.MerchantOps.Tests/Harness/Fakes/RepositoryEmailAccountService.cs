using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>IEmailAccountService over real EmailAccount rows, ordered by id like nopCommerce's.</summary>
public class RepositoryEmailAccountService : IEmailAccountService
{
    private readonly IRepository<EmailAccount> _accounts;

    public RepositoryEmailAccountService(IRepository<EmailAccount> accounts)
    {
        _accounts = accounts;
    }

    public Task InsertEmailAccountAsync(EmailAccount emailAccount) => _accounts.InsertAsync(emailAccount);

    public Task DeleteEmailAccountAsync(EmailAccount emailAccount) => _accounts.DeleteAsync(emailAccount);

    public Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId) => _accounts.GetByIdAsync(emailAccountId);

    public async Task<IList<EmailAccount>> GetAllEmailAccountsAsync() =>
        await _accounts.Table.OrderBy(account => account.Id).ToListAsync();
}
