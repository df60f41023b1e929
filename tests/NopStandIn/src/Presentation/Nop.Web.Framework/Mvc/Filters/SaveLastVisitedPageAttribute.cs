using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SaveLastVisitedPageAttribute.cs
// Stand-in: same attribute, but its filter does nothing (the real one stores the last visited page as a generic attribute).
public sealed class SaveLastVisitedPageAttribute : TypeFilterAttribute
{
    public SaveLastVisitedPageAttribute() : base(typeof(SaveLastVisitedPageFilter))
    {
    }

    private class SaveLastVisitedPageFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
