using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SignOutFromExternalAuthenticationAttribute.cs
// Stand-in: same attribute, but its filter does nothing (no external authentication in the test host).
public sealed class SignOutFromExternalAuthenticationAttribute : TypeFilterAttribute
{
    public SignOutFromExternalAuthenticationAttribute() : base(typeof(SignOutFromExternalAuthenticationFilter))
    {
    }

    private class SignOutFromExternalAuthenticationFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
