using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;

/// <summary>
/// How every screen, note and log of the plugin names a customer (a packer, a sender): their full name, else their
/// e-mail, else "#id" (a deleted customer, or one with neither).
/// </summary>
public static class CustomerDisplayName
{
    /// <summary>The name from what is already known of the customer.</summary>
    public static string From(int customerId, string fullName, string email) =>
        !string.IsNullOrWhiteSpace(fullName) ? fullName.Trim()
        : !string.IsNullOrWhiteSpace(email) ? email
        : $"#{customerId}";

    /// <summary>The name from first and last name (as nopCommerce joins them), else e-mail, else "#id".</summary>
    public static string From(int customerId, string firstName, string lastName, string email) =>
        From(customerId, $"{firstName} {lastName}", email);

    /// <summary>Reads the customer (nopCommerce's full name: first and last name) and names them.</summary>
    public static async Task<string> GetAsync(ICustomerService customerService, int customerId)
    {
        var customer = await customerService.GetCustomerByIdAsync(customerId);
        return customer == null
            ? From(customerId, null, null)
            : From(customerId, await customerService.GetCustomerFullNameAsync(customer), customer.Email);
    }
}
