using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nop.Services.Localization;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;
using Nop.Web.Framework.Validators;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/NotNullValidationMessageAttribute.cs
/// <summary>
/// On POST, rewrites the "value must not be null" binding errors of a <see cref="BaseNopModel"/> argument
/// into the localized <see cref="NopValidationDefaults.NotNullValidationLocaleName"/> message naming the field.
/// </summary>
public sealed class NotNullValidationMessageAttribute : TypeFilterAttribute
{
    public NotNullValidationMessageAttribute() : base(typeof(NotNullValidationMessageFilter))
    {
    }

    private class NotNullValidationMessageFilter : IAsyncActionFilter
    {
        private readonly ILocalizationService _localizationService;

        public NotNullValidationMessageFilter(ILocalizationService localizationService)
        {
            _localizationService = localizationService;
        }

        private async Task RewriteMessagesAsync(ActionExecutingContext context)
        {
            if (!StandInRequest.IsPost(context.HttpContext.Request) || context.ModelState.ErrorCount == 0)
                return;

            var marker = NopValidationDefaults.NotNullValidationLocaleName;
            var entries = context.ModelState
                .Where(entry => entry.Value?.ValidationState == ModelValidationState.Invalid
                                && entry.Value.Errors.Any(error => error.ErrorMessage.Equals(marker)))
                .ToList();
            if (entries.Count == 0)
                return;

            var model = context.ActionArguments.Values.OfType<BaseNopModel>().FirstOrDefault();
            if (model is null)
                return;

            var modelType = model.GetType();
            var format = await _localizationService.GetResourceAsync(marker);

            foreach (var (key, entry) in entries)
            {
                var property = modelType.GetProperties()
                    .FirstOrDefault(p => p.Name.Equals(key, StringComparison.InvariantCultureIgnoreCase));
                if (property is null)
                    continue;

                var resourceKey = property.GetCustomAttributes(typeof(NopResourceDisplayNameAttribute), true)
                    .OfType<NopResourceDisplayNameAttribute>().FirstOrDefault()?.ResourceKey;
                var fieldName = string.IsNullOrEmpty(resourceKey) ? null : await _localizationService.GetResourceAsync(resourceKey);
                if (fieldName?.Equals(resourceKey, StringComparison.InvariantCultureIgnoreCase) ?? false)
                    fieldName = property.Name;

                entry.Errors.Clear();
                entry.Errors.Add(string.Format(format, fieldName));
            }
        }

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            await RewriteMessagesAsync(context);
            if (context.Result == null)
                await next();
        }
    }
}
