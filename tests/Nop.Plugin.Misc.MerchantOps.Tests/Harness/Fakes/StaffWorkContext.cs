using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// The data apps' IWorkContext: the signed-in staff member (a packer, a support agent) and their vendor, if any; nobody
/// (id 0) until <see cref="StoreApp.As"/>; always English (id 1). The web host's is <see cref="AdminWorkContext"/>.
/// </summary>
public sealed class StaffWorkContext : IWorkContext
{
    public Customer Customer { get; set; } = new() { Id = 0, Email = "nobody@example.com" };

    public Vendor Vendor { get; set; }

    public Task<Customer> GetCurrentCustomerAsync() => Task.FromResult(Customer);

    public Task<Vendor> GetCurrentVendorAsync() => Task.FromResult(Vendor);

    public Task<Language> GetWorkingLanguageAsync() => Task.FromResult(new Language { Id = 1, LanguageCulture = "en-US" });

    /// <summary>The staff member behind the current customer while impersonating (null: nobody impersonates).</summary>
    public Customer OriginalCustomerIfImpersonated { get; set; }
}
