using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Localization;
using Nop.Web.Framework.Localization;

namespace Nop.Web.Framework.Mvc.Razor;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Razor/NopRazorPage.cs
/// <summary>
/// Base page of nopCommerce views: <c>T("Resource.Key")</c> gives the resource of the working language
/// (the lowercased key when it is missing, as nopCommerce's localization service returns),
/// formatted with the arguments when there are any.
/// </summary>
public abstract partial class NopRazorPage<TModel> : Microsoft.AspNetCore.Mvc.Razor.RazorPage<TModel>
{
    protected ILocalizationService _localizationService;
    protected Localizer _localizer;

    public Localizer T
    {
        get
        {
            _localizationService ??= Context.RequestServices.GetRequiredService<ILocalizationService>();
            _localizer ??= (format, args) =>
            {
                var resource = _localizationService.GetResourceAsync(format).GetAwaiter().GetResult();
                if (string.IsNullOrEmpty(resource))
                    return new LocalizedString(format);

                return new LocalizedString(args == null || args.Length == 0 ? resource : string.Format(resource, args));
            };
            return _localizer;
        }
    }
}
