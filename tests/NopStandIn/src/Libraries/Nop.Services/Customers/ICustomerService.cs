using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

// Real source: src/Libraries/Nop.Services/Customers/ICustomerService.cs (subset)
public partial interface ICustomerService
{
    Task<Customer> GetCustomerByIdAsync(int customerId);
    Task<string> GetCustomerFullNameAsync(Customer customer);
    Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName);
    Task<IList<CustomerRole>> GetCustomerRolesAsync(Customer customer, bool showHidden = false);
    Task<int[]> GetCustomerRoleIdsAsync(Customer customer, bool showHidden = false);
    Task<bool> IsAdminAsync(Customer customer, bool onlyActiveCustomerRoles = true);
    Task<bool> IsVendorAsync(Customer customer, bool onlyActiveCustomerRoles = true);
}
