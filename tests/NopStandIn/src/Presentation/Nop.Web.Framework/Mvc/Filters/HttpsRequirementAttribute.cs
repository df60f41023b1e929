using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/HttpsRequirementAttribute.cs
// Stand-in: same attribute, but its filter does nothing (the test host serves plain HTTP on loopback).
public sealed class HttpsRequirementAttribute : TypeFilterAttribute
{
    public HttpsRequirementAttribute(bool ignore = false) : base(typeof(HttpsRequirementFilter))
    {
        IgnoreFilter = ignore;
    }

    public bool IgnoreFilter { get; }

    private class HttpsRequirementFilter : IAsyncActionFilter
    {
        public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
    }
}
