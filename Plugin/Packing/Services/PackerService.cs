using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;

namespace Nop.Plugin.Misc.MerchantOps.Packing.Services;

/// <summary>
/// Packers from nopCommerce's access control: the people of the actor's vendor whose roles hold the Packing permission
/// (<see cref="PermissionHolders"/>), and display names of customers.
/// </summary>
public class PackerService : IPackerService
{
    public const int MaxPackers = 500;

    private readonly IRepository<Customer> _customers;
    private readonly PermissionHolders _permissionHolders;
    private readonly IWorkContext _workContext;

    public PackerService(IRepository<Customer> customers,
        PermissionHolders permissionHolders,
        IWorkContext workContext)
    {
        _customers = customers;
        _permissionHolders = permissionHolders;
        _workContext = workContext;
    }

    public virtual async Task<IReadOnlyList<Packer>> GetPossibleAssigneesAsync()
    {
        var vendorId = (await PackingActor.CurrentAsync(_workContext)).VendorId;
        var holders = await _permissionHolders.ListAsync(MerchantOpsDefaults.Permissions.Packing, vendorId, MaxPackers);
        return holders.Select(holder => new Packer(holder.CustomerId, holder.Name, holder.Email)).ToList();
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
