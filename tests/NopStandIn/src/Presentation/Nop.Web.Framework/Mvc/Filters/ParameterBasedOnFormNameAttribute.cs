using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/ParameterBasedOnFormNameAttribute.cs
/// <summary>
/// Sets the boolean action parameter <c>actionParameterName</c> to whether the posted form has a key
/// equal to <c>formKeyName</c> (e.g. the "save-continue" button → <c>bool continueEditing</c>).
/// </summary>
public sealed class ParameterBasedOnFormNameAttribute : TypeFilterAttribute
{
    public ParameterBasedOnFormNameAttribute(string formKeyName, string actionParameterName) : base(typeof(ParameterBasedOnFormNameFilter))
    {
        Arguments = [formKeyName, actionParameterName];
    }

    private class ParameterBasedOnFormNameFilter : IAsyncActionFilter
    {
        private readonly string _formKeyName;
        private readonly string _actionParameterName;

        public ParameterBasedOnFormNameFilter(string formKeyName, string actionParameterName)
        {
            _formKeyName = formKeyName;
            _actionParameterName = actionParameterName;
        }

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            var present = false;
            if (StandInRequest.IsPost(request) && request.HasFormContentType)
            {
                var form = await request.ReadFormAsync();
                present = form.Keys.Any(key => key.Equals(_formKeyName));
            }

            context.ActionArguments[_actionParameterName] = present;

            if (context.Result == null)
                await next();
        }
    }
}
