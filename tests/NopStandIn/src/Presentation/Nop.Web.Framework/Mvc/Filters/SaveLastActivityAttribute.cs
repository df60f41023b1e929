using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/SaveLastActivityAttribute.cs
// Stand-in: on a GET it asks IWorkContext for the current customer, as nopCommerce's filter does (for a visitor
// without a customer cookie, nopCommerce's work context then inserts a guest customer and sets its cookie); it does
// not update the customer's last activity date.
public sealed class SaveLastActivityAttribute : TypeFilterAttribute
{
    public SaveLastActivityAttribute() : base(typeof(SaveLastActivityFilter))
    {
    }

    private class SaveLastActivityFilter : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (HttpMethods.IsGet(context.HttpContext.Request.Method))
                await context.HttpContext.RequestServices.GetRequiredService<IWorkContext>().GetCurrentCustomerAsync();
            await next();
        }
    }
}
