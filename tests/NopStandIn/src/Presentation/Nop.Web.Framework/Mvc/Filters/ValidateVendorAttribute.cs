using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core;
using Nop.Services.Customers;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/ValidateVendorAttribute.cs
/// <summary>A customer in the Vendors role must have an active vendor record, otherwise the request is challenged.</summary>
public sealed class ValidateVendorAttribute : TypeFilterAttribute
{
    public ValidateVendorAttribute(bool ignore = false) : base(typeof(ValidateVendorFilter))
    {
        IgnoreFilter = ignore;
        Arguments = [ignore];
    }

    public bool IgnoreFilter { get; }

    private class ValidateVendorFilter : IAsyncAuthorizationFilter
    {
        private readonly bool _ignoreFilter;
        private readonly ICustomerService _customerService;
        private readonly IWorkContext _workContext;

        public ValidateVendorFilter(bool ignoreFilter, IWorkContext workContext, ICustomerService customerService)
        {
            _ignoreFilter = ignoreFilter;
            _customerService = customerService;
            _workContext = workContext;
        }

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var onAction = context.ActionDescriptor.FilterDescriptors
                .Where(descriptor => descriptor.Scope == FilterScope.Action)
                .Select(descriptor => descriptor.Filter)
                .OfType<ValidateVendorAttribute>()
                .FirstOrDefault();
            if (onAction?.IgnoreFilter ?? _ignoreFilter)
                return;

            var customer = await _workContext.GetCurrentCustomerAsync();
            if (!await _customerService.IsVendorAsync(customer))
                return;

            if (await _workContext.GetCurrentVendorAsync() == null)
                context.Result = new ChallengeResult();
        }
    }
}
