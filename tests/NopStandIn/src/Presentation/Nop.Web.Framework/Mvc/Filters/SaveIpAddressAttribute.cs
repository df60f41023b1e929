using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SaveIpAddressAttribute.cs
// Stand-in: same attribute, but its filter does nothing (the real one updates the customer's last IP address).
public sealed class SaveIpAddressAttribute : TypeFilterAttribute
{
    public SaveIpAddressAttribute() : base(typeof(SaveIpAddressFilter))
    {
    }

    private class SaveIpAddressFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
