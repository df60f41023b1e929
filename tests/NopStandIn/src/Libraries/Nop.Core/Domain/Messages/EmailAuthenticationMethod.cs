namespace Nop.Core.Domain.Messages;

// Real source: src/Libraries/Nop.Core/Domain/Messages/EmailAuthenticationMethod.cs
public enum EmailAuthenticationMethod
{
    None = 0,
    Ntlm = 5,
    Login = 10,
    GmailOAuth2 = 15,
    MicrosoftOAuth2 = 20
}
