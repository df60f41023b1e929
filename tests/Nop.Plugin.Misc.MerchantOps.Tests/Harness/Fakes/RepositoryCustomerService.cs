using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>nopCommerce's ICustomerService over the store's customer, role and role-mapping rows.</summary>
public class RepositoryCustomerService : ICustomerService
{
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<CustomerCustomerRoleMapping> _mappings;
    private readonly IRepository<CustomerRole> _roles;

    public RepositoryCustomerService(IRepository<Customer> customers, IRepository<CustomerCustomerRoleMapping> mappings, IRepository<CustomerRole> roles)
    {
        _customers = customers;
        _mappings = mappings;
        _roles = roles;
    }

    public Task<Customer> GetCustomerByIdAsync(int customerId) => _customers.GetByIdAsync(customerId);

    /// <summary>First and last name (the stand-in's customer has them as columns; a store reads them from attributes).</summary>
    public Task<string> GetCustomerFullNameAsync(Customer customer) => Task.FromResult($"{customer?.FirstName} {customer?.LastName}".Trim());

    public async Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName) =>
        await _roles.Table.FirstOrDefaultAsync(role => role.SystemName == systemName);

    public async Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false)
    {
        if (customer is null)
            return new List<CustomerRole>();

        var roleIds = await _mappings.Table.Where(m => m.CustomerId == customer.Id).Select(m => m.CustomerRoleId).ToListAsync();
        return await _roles.Table.Where(role => roleIds.Contains(role.Id) && (showHidden || role.Active)).OrderBy(role => role.Id).ToListAsync();
    }

    public async Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false) =>
        (await GetCustomerRolesAsync(customer, showHidden)).Select(role => role.Id).ToArray();

    public async Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        (await GetCustomerRolesAsync(customer, !onlyActiveCustomerRoles)).Any(role => role.SystemName == NopCustomerDefaults.AdministratorsRoleName);

    public async Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        (await GetCustomerRolesAsync(customer, !onlyActiveCustomerRoles)).Any(role => role.SystemName == NopCustomerDefaults.VendorsRoleName);
}
