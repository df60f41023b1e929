using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;

/// <summary>
/// The people nopCommerce's access control gives a permission: the roles mapped to it
/// (IPermissionService.GetAllPermissionRecordsAsync + GetMappingByPermissionRecordIdAsync, both cached by nopCommerce),
/// then one query for their active, not deleted, non-system members of one vendor (0: the shop's staff), by name.
/// Packing lists its packers with it, the planner its assignees.
/// </summary>
public class PermissionHolders
{
    private readonly IRepository<CustomerCustomerRoleMapping> _customerRoleMappings;
    private readonly IRepository<CustomerRole> _customerRoles;
    private readonly IRepository<Customer> _customers;
    private readonly IPermissionService _permissionService;

    public PermissionHolders(IRepository<CustomerCustomerRoleMapping> customerRoleMappings,
        IRepository<CustomerRole> customerRoles,
        IRepository<Customer> customers,
        IPermissionService permissionService)
    {
        _customerRoleMappings = customerRoleMappings;
        _customerRoles = customerRoles;
        _customers = customers;
        _permissionService = permissionService;
    }

    /// <summary>At most <paramref name="max"/> holders of <paramref name="permissionSystemName"/> in <paramref name="vendorId"/>, by name.</summary>
    public async Task<IReadOnlyList<PermissionHolder>> ListAsync(string permissionSystemName, int vendorId, int max)
    {
        var permission = (await _permissionService.GetAllPermissionRecordsAsync())
            .FirstOrDefault(record => string.Equals(record.SystemName, permissionSystemName, StringComparison.OrdinalIgnoreCase));
        if (permission is null)
            return [];

        var roleIds = (await _permissionService.GetMappingByPermissionRecordIdAsync(permission.Id))
            .Select(mapping => mapping.CustomerRoleId).Distinct().ToArray();
        if (roleIds.Length == 0)
            return [];

        var memberIds = from mapping in _customerRoleMappings.Table
                        join role in _customerRoles.Table on mapping.CustomerRoleId equals role.Id
                        where roleIds.Contains(role.Id) && role.Active
                        select mapping.CustomerId;
        var people = await _customers.Table
            .Where(customer => memberIds.Contains(customer.Id) && customer.Active && !customer.Deleted && !customer.IsSystemAccount
                && customer.VendorId == vendorId)
            .OrderBy(customer => customer.FirstName).ThenBy(customer => customer.LastName).ThenBy(customer => customer.Email).ThenBy(customer => customer.Id)
            .Take(max)
            .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email })
            .ToListAsync();

        return people.Select(p => new PermissionHolder(p.Id, CustomerDisplayName.From(p.Id, p.FirstName, p.LastName, p.Email), p.Email)).ToList();
    }
}
