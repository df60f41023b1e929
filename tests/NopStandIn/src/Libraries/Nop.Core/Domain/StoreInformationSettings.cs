using Nop.Core.Configuration;

namespace Nop.Core.Domain;

// Real source: src/Libraries/Nop.Core/Domain/StoreInformationSettings.cs
public partial class StoreInformationSettings : ISettings
{
    public bool HidePoweredByNopCommerce { get; set; }
    public bool StoreClosed { get; set; }
    public int LogoPictureId { get; set; }
    public string DefaultStoreTheme { get; set; }
    public bool AllowCustomerToSelectTheme { get; set; }
    public bool DisplayEuCookieLawWarning { get; set; }
    public string FacebookLink { get; set; }
    public string TwitterLink { get; set; }
    public string YoutubeLink { get; set; }
    public string InstagramLink { get; set; }
}
