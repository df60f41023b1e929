using System.Reflection;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Services.Localization;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IPermissionService over real PermissionRecord, role and mapping rows. InsertPermissionsAsync does what
/// nopCommerce does at every start: finds IPermissionConfigManager classes, inserts missing permissions,
/// maps them to their default roles and writes their localized names.
/// </summary>
public class RepositoryPermissionService : IPermissionService
{
    private readonly Assembly[] _scannedAssemblies;
    private readonly IRepository<CustomerCustomerRoleMapping> _customerRoles;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<PermissionRecordCustomerRoleMapping> _mappings;
    private readonly IRepository<PermissionRecord> _permissions;
    private readonly IRepository<CustomerRole> _roles;
    private readonly IWorkContext _workContext;

    public RepositoryPermissionService(IRepository<PermissionRecord> permissions,
        IRepository<PermissionRecordCustomerRoleMapping> mappings,
        IRepository<CustomerRole> roles,
        IRepository<CustomerCustomerRoleMapping> customerRoles,
        ILocalizationService localizationService,
        IWorkContext workContext = null,
        params Assembly[] scannedAssemblies)
    {
        _permissions = permissions;
        _mappings = mappings;
        _roles = roles;
        _customerRoles = customerRoles;
        _localizationService = localizationService;
        _workContext = workContext;
        _scannedAssemblies = scannedAssemblies.Length > 0 ? scannedAssemblies : [typeof(MerchantOpsDefaults).Assembly];
    }

    public async Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync() => await _permissions.Table.ToListAsync();

    public Task InsertPermissionRecordAsync(PermissionRecord permission) => _permissions.InsertAsync(permission);

    public Task<PermissionRecord> GetPermissionRecordByIdAsync(int permissionId) => _permissions.GetByIdAsync(permissionId);

    public Task UpdatePermissionRecordAsync(PermissionRecord permission) => _permissions.UpdateAsync(permission);

    public Task DeletePermissionRecordAsync(PermissionRecord permission) => _permissions.DeleteAsync(permission);

    public async Task DeletePermissionAsync(string permissionSystemName)
    {
        var permission = await _permissions.Table.FirstOrDefaultAsync(p => p.SystemName == permissionSystemName);
        if (permission is null)
            return;

        await _mappings.DeleteAsync(await GetMappingByPermissionRecordIdAsync(permission.Id));
        await _localizationService.DeleteLocalizedPermissionNameAsync(permission);
        await _permissions.DeleteAsync(permission);
    }

    public Task<bool> AuthorizeAsync(PermissionRecord permission) => AuthorizeAsync(permission.SystemName);

    public Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer) => AuthorizeAsync(permission.SystemName, customer);

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName) =>
        _workContext is not null && await AuthorizeAsync(permissionRecordSystemName, await _workContext.GetCurrentCustomerAsync());

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer)
    {
        if (customer is null)
            return false;
        var roleIds = await _customerRoles.Table.Where(m => m.CustomerId == customer.Id).Select(m => m.CustomerRoleId).ToListAsync();
        foreach (var roleId in roleIds)
            if (await AuthorizeAsync(permissionRecordSystemName, roleId))
                return true;
        return false;
    }

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId) =>
        await (from p in _permissions.Table
               join m in _mappings.Table on p.Id equals m.PermissionRecordId
               where p.SystemName == permissionRecordSystemName && m.CustomerRoleId == customerRoleId
               select m).AnyAsync();

    public async Task<IList<PermissionRecordCustomerRoleMapping>> GetMappingByPermissionRecordIdAsync(int permissionId) =>
        await _mappings.Table.Where(m => m.PermissionRecordId == permissionId).ToListAsync();

    public async Task DeletePermissionRecordCustomerRoleMappingAsync(int permissionId, int customerRoleId) =>
        await _mappings.DeleteAsync(m => m.PermissionRecordId == permissionId && m.CustomerRoleId == customerRoleId);

    public Task InsertPermissionRecordCustomerRoleMappingAsync(PermissionRecordCustomerRoleMapping permissionRecordCustomerRoleMapping) =>
        _mappings.InsertAsync(permissionRecordCustomerRoleMapping);

    public async Task InsertPermissionsAsync()
    {
        var existing = (await GetAllPermissionRecordsAsync()).Select(p => p.SystemName).ToHashSet();
        var configs = _scannedAssemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IPermissionConfigManager).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => ((IPermissionConfigManager)Activator.CreateInstance(type))!.AllConfigs)
            .Where(config => !existing.Contains(config.SystemName))
            .ToList();

        foreach (var config in configs)
        {
            var permission = new PermissionRecord { Name = config.Name, SystemName = config.SystemName, Category = config.Category };
            await _permissions.InsertAsync(permission);
            foreach (var roleSystemName in config.DefaultCustomerRoles)
            {
                var role = await _roles.Table.FirstOrDefaultAsync(r => r.SystemName == roleSystemName);
                if (role is null)
                {
                    role = new CustomerRole { Name = roleSystemName, SystemName = roleSystemName, Active = true };
                    await _roles.InsertAsync(role);
                }
                await _mappings.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = permission.Id, CustomerRoleId = role.Id });
            }
            await _localizationService.SaveLocalizedPermissionNameAsync(permission);
        }
    }

    public async Task InsertPermissionMappingAsync(int customerRoleId, params string[] permissions)
    {
        foreach (var permission in await GetAllPermissionRecordsAsync())
            if (permissions.Contains(permission.SystemName, StringComparer.OrdinalIgnoreCase))
                await _mappings.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = permission.Id, CustomerRoleId = customerRoleId });
    }
}
