using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;

namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/IWorkContext.cs (subset: the members Merchant Ops calls)
public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
    Task<Vendor> GetCurrentVendorAsync();
    Task<Language> GetWorkingLanguageAsync();

    /// <summary>The staff member signed in when they impersonate a customer (the current customer is then the impersonated one), else null.</summary>
    Customer OriginalCustomerIfImpersonated { get; }
}
