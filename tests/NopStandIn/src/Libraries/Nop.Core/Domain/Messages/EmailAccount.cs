namespace Nop.Core.Domain.Messages;

// Real source: src/Libraries/Nop.Core/Domain/Messages/EmailAccount.cs
public partial class EmailAccount : BaseEntity
{
    public string Email { get; set; }
    public string DisplayName { get; set; }
    public string Host { get; set; }
    public int Port { get; set; }
    public string Username { get; set; }
    public string Password { get; set; }
    public bool EnableSsl { get; set; }
    public int MaxNumberOfEmails { get; set; }
    public int EmailAuthenticationMethodId { get; set; }
    public string ClientId { get; set; }
    public string ClientSecret { get; set; }
    public string TenantId { get; set; }

    public EmailAuthenticationMethod EmailAuthenticationMethod
    {
        get => (EmailAuthenticationMethod)EmailAuthenticationMethodId;
        set => EmailAuthenticationMethodId = (int)value;
    }
}
