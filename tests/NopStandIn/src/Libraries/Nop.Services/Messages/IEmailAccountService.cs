using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/IEmailAccountService.cs (subset)
public partial interface IEmailAccountService
{
    Task InsertEmailAccountAsync(EmailAccount emailAccount);

    Task DeleteEmailAccountAsync(EmailAccount emailAccount);

    Task<EmailAccount> GetEmailAccountByIdAsync(int emailAccountId);

    Task<IList<EmailAccount>> GetAllEmailAccountsAsync();
}
