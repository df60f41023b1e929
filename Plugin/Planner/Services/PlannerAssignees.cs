using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
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

    private readonly IRepository<Customer> _customers;
    private readonly PermissionHolders _permissionHolders;
    private readonly IPermissionService _permissionService;

    public PlannerAssignees(IRepository<Customer> customers,
        PermissionHolders permissionHolders,
        IPermissionService permissionService)
    {
        _customers = customers;
        _permissionHolders = permissionHolders;
        _permissionService = permissionService;
    }

    /// <summary>
    /// Who may be given a block, for the form's list: active, not deleted members of the vendor (0: the shop's staff)
    /// in an active role that holds the Planner permission (nopCommerce's access control, cached by nopCommerce), by
    /// name; id and display name. The person already assigned stays listed by the form even if no longer eligible.
    /// </summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(int vendorId) =>
        (await _permissionHolders.ListAsync(MerchantOpsDefaults.Permissions.Planner, vendorId, MaxListed))
            .Select(holder => (holder.CustomerId, holder.Name)).ToList();

    public async Task<bool> MayBeAssignedAsync(int customerId, int vendorId)
    {
        if (customerId == 0)
            return true;

        var customer = await _customers.GetByIdAsync(customerId, includeDeleted: false);
        return customer is { Active: true, Deleted: false } && customer.VendorId == vendorId
            && await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner, customer);
    }
}
