using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SaveLastActivityAttribute.cs
// Stand-in: same attribute, but its filter does nothing (the real one updates the customer's last activity date).
public sealed class SaveLastActivityAttribute : TypeFilterAttribute
{
    public SaveLastActivityAttribute() : base(typeof(SaveLastActivityFilter))
    {
    }

    private class SaveLastActivityFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
