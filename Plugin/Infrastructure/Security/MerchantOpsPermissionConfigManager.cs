using Nop.Core.Domain.Customers;
using Nop.Services.Security;
using static Nop.Plugin.Misc.MerchantOps.MerchantOpsDefaults;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;

/// <summary>
/// The plugin's permissions. nopCommerce finds this class by type scan and inserts missing permissions
/// (granted to Administrators) at every application start; uninstall deletes them.
/// The names here are English; French names come from the resource files (see PermissionNameTranslator).
/// </summary>
public class MerchantOpsPermissionConfigManager : IPermissionConfigManager
{
    public IList<PermissionConfig> AllConfigs =>
    [
        Admin("Merchant Ops. Packing batches", Permissions.Packing),
        Admin("Merchant Ops. Packing override (manual verification, cancelling others' claims)", Permissions.PackingOverride),
        Admin("Merchant Ops. Canned replies: use", Permissions.RepliesUse),
        Admin("Merchant Ops. Canned replies: manage", Permissions.RepliesManage),
        Admin("Merchant Ops. Weekly planner", Permissions.Planner),
        Admin("Merchant Ops. KPI and funnel", Permissions.Kpi),
        Admin("Merchant Ops. Configure", Permissions.Configure)
    ];

    /// <summary>Every permission system name the plugin declares.</summary>
    public static IReadOnlyList<string> AllSystemNames { get; } =
        new MerchantOpsPermissionConfigManager().AllConfigs.Select(config => config.SystemName).ToList();

    private static PermissionConfig Admin(string name, string systemName) =>
        new(name, systemName, Permissions.Category, NopCustomerDefaults.AdministratorsRoleName);
}
