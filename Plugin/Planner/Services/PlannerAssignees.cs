using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Who may be given a block: an active, not deleted customer of the actor's vendor (the shop's staff: no vendor)
/// whose roles hold the Planner permission. 0 is "nobody".
/// </summary>
public class PlannerAssignees
{
    /// <summary>The form's list shows at most this many people.</summary>
    public const int MaxListed = 500;

    private readonly IRepository<CustomerCustomerRoleMapping> _customerRoleMappings;
    private readonly IRepository<CustomerRole> _customerRoles;
    private readonly IRepository<Customer> _customers;
    private readonly IPermissionService _permissionService;

    public PlannerAssignees(IRepository<CustomerCustomerRoleMapping> customerRoleMappings,
        IRepository<CustomerRole> customerRoles,
        IRepository<Customer> customers,
        IPermissionService permissionService)
    {
        _customerRoleMappings = customerRoleMappings;
        _customerRoles = customerRoles;
        _customers = customers;
        _permissionService = permissionService;
    }

    /// <summary>
    /// Who may be given a block, for the form's list: active, not deleted members of the vendor (0: the shop's staff)
    /// in an active role that holds the Planner permission (nopCommerce's access control, cached by nopCommerce), by
    /// name; id and display name. The person already assigned stays listed by the form even if no longer eligible.
    /// </summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(int vendorId)
    {
        var permission = (await _permissionService.GetAllPermissionRecordsAsync())
            .FirstOrDefault(record => string.Equals(record.SystemName, MerchantOpsDefaults.Permissions.Planner, StringComparison.OrdinalIgnoreCase));
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
            .Take(MaxListed)
            .Select(customer => new { customer.Id, customer.FirstName, customer.LastName, customer.Email })
            .ToListAsync();

        return people.Select(p => (p.Id, CustomerDisplayName.From(p.Id, p.FirstName, p.LastName, p.Email))).ToList();
    }

    public async Task<bool> MayBeAssignedAsync(int customerId, int vendorId)
    {
        if (customerId == 0)
            return true;

        var customer = await _customers.GetByIdAsync(customerId, includeDeleted: false);
        return customer is { Active: true, Deleted: false } && customer.VendorId == vendorId
            && await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner, customer);
    }
}
