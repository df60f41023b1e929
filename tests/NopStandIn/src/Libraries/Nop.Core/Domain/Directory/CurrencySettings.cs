using Nop.Core.Configuration;

namespace Nop.Core.Domain.Directory;

// Real source: src/Libraries/Nop.Core/Domain/Directory/CurrencySettings.cs (subset)
public partial class CurrencySettings : ISettings
{
    public bool DisplayCurrencyLabel { get; set; }
    public int PrimaryStoreCurrencyId { get; set; }
}
