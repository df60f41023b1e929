namespace Nop.Services.Security;

// Real source: src/Libraries/Nop.Services/Security/IPermissionConfigManager.cs
public partial interface IPermissionConfigManager
{
    IList<PermissionConfig> AllConfigs { get; }
}
