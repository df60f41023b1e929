using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// The web host's IWorkContext: the current customer (an administrator, id 1), vendor (none) and working language
/// (English, or French after <see cref="UseFrench"/>). Singleton; tests change it. The data apps' is <see cref="StaffWorkContext"/>.
/// </summary>
public sealed class AdminWorkContext : IWorkContext
{
    public Customer CurrentCustomer { get; set; } = new()
    {
        Id = 1, Email = "admin@example.com", FirstName = "Ada", LastName = "Admin", Active = true, CreatedOnUtc = DateTime.UtcNow
    };

    public Vendor CurrentVendor { get; set; }

    public Language WorkingLanguage { get; set; } = TestLanguages.English();

    public AdminWorkContext UseFrench()
    {
        WorkingLanguage = TestLanguages.French();
        return this;
    }

    public Task<Customer> GetCurrentCustomerAsync() => Task.FromResult(CurrentCustomer);

    public Task<Vendor> GetCurrentVendorAsync() => Task.FromResult(CurrentVendor);

    public Task<Language> GetWorkingLanguageAsync() => Task.FromResult(WorkingLanguage);

    public Customer OriginalCustomerIfImpersonated => null;
}
