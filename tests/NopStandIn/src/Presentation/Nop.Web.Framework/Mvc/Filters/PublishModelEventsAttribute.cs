using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Core.Events;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/PublishModelEventsAttribute.cs
/// <summary>
/// Publishes <c>ModelReceivedEvent&lt;BaseNopModel&gt;</c> for each posted model argument, and
/// <c>ModelPreparedEvent&lt;BaseNopModel&gt;</c> (or of <c>IEnumerable&lt;BaseNopModel&gt;</c>) for the view model
/// and for JSON results.
/// </summary>
public sealed class PublishModelEventsAttribute : TypeFilterAttribute
{
    public PublishModelEventsAttribute(bool ignore = false) : base(typeof(PublishModelEventsFilter))
    {
        IgnoreFilter = ignore;
        Arguments = [ignore];
    }

    public bool IgnoreFilter { get; }

    private class PublishModelEventsFilter : IAsyncActionFilter, IAsyncResultFilter
    {
        private readonly bool _ignoreFilter;
        private readonly IEventPublisher _eventPublisher;

        public PublishModelEventsFilter(bool ignoreFilter, IEventPublisher eventPublisher)
        {
            _ignoreFilter = ignoreFilter;
            _eventPublisher = eventPublisher;
        }

        private bool Ignored(FilterContext context)
        {
            var onAction = context.ActionDescriptor.FilterDescriptors
                .Where(descriptor => descriptor.Scope == FilterScope.Action)
                .Select(descriptor => descriptor.Filter)
                .OfType<PublishModelEventsAttribute>()
                .FirstOrDefault();
            return onAction?.IgnoreFilter ?? _ignoreFilter;
        }

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (StandInRequest.IsPost(context.HttpContext.Request) && !Ignored(context))
                foreach (var model in context.ActionArguments.Values.OfType<BaseNopModel>())
                    await _eventPublisher.ModelReceivedAsync(model, context.ModelState);

            if (context.Result == null)
                await next();

            if (!Ignored(context) && context.Controller is Controller controller)
                await _eventPublisher.ModelPreparedAsync(controller.ViewData.Model);
        }

        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            if (Ignored(context))
                return;

            if (context.Result is JsonResult json)
                await _eventPublisher.ModelPreparedAsync(json.Value);

            await next();
        }
    }
}
