using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

/// <summary>
/// Who may be given a block: an active, not deleted customer of the actor's vendor (the shop's staff: no vendor)
/// whose roles hold the Planner permission. 0 is "nobody".
/// </summary>
public class PlannerAssignees
{
    private readonly IRepository<Customer> _customers;
    private readonly IPermissionService _permissionService;

    public PlannerAssignees(IRepository<Customer> customers, IPermissionService permissionService)
    {
        _customers = customers;
        _permissionService = permissionService;
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
