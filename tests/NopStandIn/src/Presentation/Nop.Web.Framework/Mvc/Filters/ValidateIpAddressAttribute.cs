using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/ValidateIpAddressAttribute.cs
// Stand-in: same attribute, but its filter does nothing (the real one checks the admin area's allowed IP addresses).
public sealed class ValidateIpAddressAttribute : TypeFilterAttribute
{
    public ValidateIpAddressAttribute() : base(typeof(ValidateIpAddressFilter))
    {
    }

    private class ValidateIpAddressFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
