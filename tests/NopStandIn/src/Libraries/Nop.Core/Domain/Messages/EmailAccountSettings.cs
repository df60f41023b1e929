using Nop.Core.Configuration;

namespace Nop.Core.Domain.Messages;

// Real source: src/Libraries/Nop.Core/Domain/Messages/EmailAccountSettings.cs
public partial class EmailAccountSettings : ISettings
{
    public int DefaultEmailAccountId { get; set; }
}
