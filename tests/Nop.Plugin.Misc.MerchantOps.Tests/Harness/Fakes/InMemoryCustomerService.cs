using Nop.Core.Domain.Customers;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>Customer roles by customer id (customer 1: Administrators + Registered); tests add the Vendors role etc.</summary>
public sealed class InMemoryCustomerService : ICustomerService
{
    private readonly AdminWorkContext _workContext;

    public InMemoryCustomerService(AdminWorkContext workContext)
    {
        _workContext = workContext;
    }

    public Dictionary<int, List<string>> RolesByCustomerId { get; } = new()
    {
        [1] = new List<string> { NopCustomerDefaults.AdministratorsRoleName, NopCustomerDefaults.RegisteredRoleName }
    };

    private static readonly string[] KnownRoles =
    [
        NopCustomerDefaults.AdministratorsRoleName, NopCustomerDefaults.ForumModeratorsRoleName, NopCustomerDefaults.RegisteredRoleName,
        NopCustomerDefaults.GuestsRoleName, NopCustomerDefaults.VendorsRoleName
    ];

    private static CustomerRole Role(string systemName) => new()
    {
        Id = Array.IndexOf(KnownRoles, systemName) + 1, Name = systemName, SystemName = systemName, Active = true, IsSystemRole = true
    };

    private IEnumerable<string> RolesOf(Customer customer) =>
        customer != null && RolesByCustomerId.TryGetValue(customer.Id, out var roles) ? roles : Enumerable.Empty<string>();

    public Task<Customer> GetCustomerByIdAsync(int customerId) =>
        Task.FromResult(_workContext.CurrentCustomer?.Id == customerId ? _workContext.CurrentCustomer : null);

    public Task<string> GetCustomerFullNameAsync(Customer customer) =>
        Task.FromResult($"{customer?.FirstName} {customer?.LastName}".Trim());

    public Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName) =>
        Task.FromResult(KnownRoles.Contains(systemName) ? Role(systemName) : null);

    public Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false) =>
        Task.FromResult<IList<CustomerRole>>(RolesOf(customer).Select(Role).ToList());

    public Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false) =>
        Task.FromResult(RolesOf(customer).Select(role => Role(role).Id).ToArray());

    public Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        Task.FromResult(RolesOf(customer).Contains(NopCustomerDefaults.AdministratorsRoleName));

    public Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true) =>
        Task.FromResult(RolesOf(customer).Contains(NopCustomerDefaults.VendorsRoleName));
}
