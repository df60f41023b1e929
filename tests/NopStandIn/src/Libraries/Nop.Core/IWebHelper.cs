namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/IWebHelper.cs (subset)
public partial interface IWebHelper
{
    string GetStoreLocation(bool? useSsl = null);
    string GetCurrentIpAddress();
    string GetUrlReferrer();
    bool IsStaticResource();
}
