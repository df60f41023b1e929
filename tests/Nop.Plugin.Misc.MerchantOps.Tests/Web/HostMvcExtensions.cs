using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.ModelBinding;
using Nop.Web.Framework.Mvc.ModelBinding.Binders;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// The MVC options nopCommerce sets in AddNopMvc, for the test host: its model binders (strings are trimmed), the NopMetadataProvider, the not-null binding
/// message, localized display names for [NopResourceDisplayName], and FluentValidation of action arguments.
/// </summary>
internal sealed class ConfigureNopMvcOptions : IConfigureOptions<MvcOptions>
{
    private readonly IHttpContextAccessor _httpContextAccessor;

    public ConfigureNopMvcOptions(IHttpContextAccessor httpContextAccessor)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    public void Configure(MvcOptions options)
    {
        options.ModelBinderProviders.Insert(1, new NopModelBinderProvider());
        options.ModelMetadataDetailsProviders.Add(new NopMetadataProvider());
        options.ModelMetadataDetailsProviders.Add(new LocalizedDisplayNameProvider(_httpContextAccessor));
        options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => NopValidationDefaults.NotNullValidationLocaleName);
        options.Filters.Add<FluentValidationActionFilter>();
    }
}

/// <summary>
/// In nopCommerce, NopResourceDisplayNameAttribute.DisplayName reads the resource; the stand-in attribute keeps the
/// key, so the host localizes the display name (used by validation messages and Html.DisplayNameFor) here.
/// </summary>
internal sealed class LocalizedDisplayNameProvider : IDisplayMetadataProvider
{
    private readonly IHttpContextAccessor _httpContextAccessor;

    public LocalizedDisplayNameProvider(IHttpContextAccessor httpContextAccessor)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        var attribute = context.Attributes.OfType<NopResourceDisplayNameAttribute>().FirstOrDefault();
        if (attribute == null)
            return;

        context.DisplayMetadata.DisplayName = () =>
        {
            var localization = _httpContextAccessor.HttpContext?.RequestServices.GetService<ILocalizationService>();
            return localization?.GetResourceAsync(attribute.ResourceKey).GetAwaiter().GetResult() ?? attribute.ResourceKey;
        };
    }
}

/// <summary>
/// FluentValidation.AspNetCore's automatic validation, as nopCommerce turns it on: each action argument that has an
/// IValidator&lt;T&gt; in the container is validated and its errors go into ModelState before the action runs.
/// </summary>
internal sealed class FluentValidationActionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var (name, argument) in context.ActionArguments)
        {
            if (argument == null)
                continue;

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator)
                continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument));
            var prefixed = context.ModelState.Keys.Any(key => key.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase));
            foreach (var error in result.Errors)
                context.ModelState.AddModelError(prefixed ? $"{name}.{error.PropertyName}" : error.PropertyName, error.ErrorMessage);
        }

        await next();
    }
}
