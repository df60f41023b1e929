using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// The store's email account for replies, chosen as nopCommerce chooses it for its own messages when a template
/// names none: EmailAccountSettings.DefaultEmailAccountId, else the first account; null when there is none.
/// </summary>
public class ReplyEmailAccounts
{
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IEmailAccountService _emailAccountService;

    public ReplyEmailAccounts(EmailAccountSettings emailAccountSettings, IEmailAccountService emailAccountService)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
    }

    public async Task<EmailAccount> GetDefaultAsync() =>
        (_emailAccountSettings.DefaultEmailAccountId > 0 ? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId) : null)
        ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault();
}
