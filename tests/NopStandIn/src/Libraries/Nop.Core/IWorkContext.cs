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
}
