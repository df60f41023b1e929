using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/ValidatePasswordAttribute.cs
// Stand-in: same attribute, but its filter does nothing (no password expiry in the test host).
public sealed class ValidatePasswordAttribute : TypeFilterAttribute
{
    public ValidatePasswordAttribute() : base(typeof(ValidatePasswordFilter))
    {
    }

    private class ValidatePasswordFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
