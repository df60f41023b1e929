using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Web.Framework.Controllers;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SaveSelectedTabsAttribute.cs
/// <summary>After a non-AJAX POST, remembers the selected tab ("selected-tab-name" form fields) for the next request.</summary>
public sealed class SaveSelectedTabAttribute : TypeFilterAttribute
{
    public SaveSelectedTabAttribute(bool ignore = false, bool persistForTheNextRequest = true) : base(typeof(SaveSelectedTabFilter))
    {
        PersistForTheNextRequest = persistForTheNextRequest;
        IgnoreFilter = ignore;
        Arguments = [ignore, persistForTheNextRequest];
    }

    public bool IgnoreFilter { get; }

    public bool PersistForTheNextRequest { get; }

    private class SaveSelectedTabFilter : IAsyncActionFilter
    {
        private readonly bool _ignoreFilter;
        private readonly bool _persistForTheNextRequest;

        public SaveSelectedTabFilter(bool ignoreFilter, bool persistForTheNextRequest)
        {
            _ignoreFilter = ignoreFilter;
            _persistForTheNextRequest = persistForTheNextRequest;
        }

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            await next();

            var request = context.HttpContext.Request;
            if (!StandInRequest.IsPost(request) || StandInRequest.IsAjax(request))
                return;

            var onAction = context.ActionDescriptor.FilterDescriptors
                .Where(descriptor => descriptor.Scope == FilterScope.Action)
                .Select(descriptor => descriptor.Filter)
                .OfType<SaveSelectedTabAttribute>()
                .FirstOrDefault();
            if (onAction?.IgnoreFilter ?? _ignoreFilter)
                return;

            if (context.Controller is BaseController controller)
                await controller.SaveSelectedTabNameAsync(persistForTheNextRequest: onAction?.PersistForTheNextRequest ?? _persistForTheNextRequest);
        }
    }
}
