using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Packers from nopCommerce's access control: the roles mapped to the Packing permission
/// (IPermissionService.GetAllPermissionRecordsAsync + GetMappingByPermissionRecordIdAsync, both cached by nopCommerce),
/// then one query for their active members.
/// </summary>
public class PackerService : IPackerService
{
    public const int MaxPackers = 500;

    private readonly IRepository<CustomerCustomerRoleMapping> _customerRoleMappings;
    private readonly IRepository<CustomerRole> _customerRoles;
    private readonly IRepository<Customer> _customers;
    private readonly IPermissionService _permissionService;
    private readonly IWorkContext _workContext;

    public PackerService(IRepository<CustomerCustomerRoleMapping> customerRoleMappings,
        IRepository<CustomerRole> customerRoles,
        IRepository<Customer> customers,
        IPermissionService permissionService,
        IWorkContext workContext)
    {
        _customerRoleMappings = customerRoleMappings;
        _customerRoles = customerRoles;
        _customers = customers;
        _permissionService = permissionService;
        _workContext = workContext;
    }

    public virtual async Task<IReadOnlyList<Packer>> GetPossibleAssigneesAsync()
    {
        var permission = (await _permissionService.GetAllPermissionRecordsAsync())
            .FirstOrDefault(record => string.Equals(record.SystemName, MerchantOpsDefaults.Permissions.Packing, StringComparison.OrdinalIgnoreCase));
        if (permission is null)
            return [];

        var roleIds = (await _permissionService.GetMappingByPermissionRecordIdAsync(permission.Id))
            .Select(mapping => mapping.CustomerRoleId).Distinct().ToArray();
        if (roleIds.Length == 0)
            return [];

        var vendorId = (await PackingActor.CurrentAsync(_workContext)).VendorId;
        var memberIds = from mapping in _customerRoleMappings.Table
                        join role in _customerRoles.Table on mapping.CustomerRoleId equals role.Id
                        where roleIds.Contains(role.Id) && role.Active
                        select mapping.CustomerId;
        var packers = await _customers.Table
            .Where(customer => memberIds.Contains(customer.Id) && customer.Active && !customer.Deleted && !customer.IsSystemAccount
                && customer.VendorId == vendorId)
            .OrderBy(customer => customer.FirstName).ThenBy(customer => customer.LastName).ThenBy(customer => customer.Email).ThenBy(customer => customer.Id)
            .Take(MaxPackers)
            .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email })
            .ToListAsync();

        return packers.Select(p => new Packer(p.Id, CustomerDisplayName.From(p.Id, p.FirstName, p.LastName, p.Email), p.Email)).ToList();
    }

    public virtual async Task<IReadOnlyDictionary<int, string>> GetNamesAsync(IEnumerable<int> customerIds)
    {
        var ids = (customerIds ?? []).Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, string>();

        var found = await _customers.Table
            .Where(customer => ids.Contains(customer.Id))
            .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email })
            .ToListAsync();
        var names = found.ToDictionary(c => c.Id, c => CustomerDisplayName.From(c.Id, c.FirstName, c.LastName, c.Email));
        foreach (var missing in ids.Where(id => !names.ContainsKey(id)))
            names[missing] = CustomerDisplayName.From(missing, null, null);
        return names;
    }
}
