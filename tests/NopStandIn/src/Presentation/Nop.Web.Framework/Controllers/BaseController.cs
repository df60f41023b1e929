using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewFeatures.Buffers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Nop.Core.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.Filters;
using Nop.Web.Framework.UI;

namespace Nop.Web.Framework.Controllers;

// Real source: src/Presentation/Nop.Web.Framework/Controllers/BaseController.cs
// The stand-in resolves services from the request instead of nopCommerce's EngineContext.
[HttpsRequirement]
[PublishModelEvents]
[SignOutFromExternalAuthentication]
[ValidatePassword]
[SaveIpAddress]
[SaveLastActivity]
[SaveLastVisitedPage]
[ForceMultiFactorAuthentication]
public abstract partial class BaseController : Controller
{
    private T Service<T>() => HttpContext.RequestServices.GetRequiredService<T>();

    protected virtual async Task<string> RenderViewComponentToStringAsync(Type componentType, object arguments = null)
    {
        var helper = new DefaultViewComponentHelper(
            Service<IViewComponentDescriptorCollectionProvider>(),
            HtmlEncoder.Default,
            Service<IViewComponentSelector>(),
            Service<IViewComponentInvokerFactory>(),
            Service<IViewBufferScope>());

        await using var writer = new StringWriter();
        var viewContext = new ViewContext(ControllerContext, NullView.Instance, ViewData, TempData, writer, new HtmlHelperOptions());
        helper.Contextualize(viewContext);
        var content = await helper.InvokeAsync(componentType, arguments);
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    protected virtual async Task<string> RenderPartialViewToStringAsync(string viewName, object model)
    {
        var viewEngine = Service<IRazorViewEngine>();
        var actionContext = new ActionContext(HttpContext, RouteData, ControllerContext.ActionDescriptor, ModelState);

        if (string.IsNullOrEmpty(viewName))
            viewName = ControllerContext.ActionDescriptor.ActionName;

        //a partial view bypasses the action filters, so the model event is published here
        await Service<IEventPublisher>().ModelPreparedAsync(model);

        ViewData.Model = model;

        var found = viewEngine.FindView(actionContext, viewName, false);
        if (found.View == null)
        {
            found = viewEngine.GetView(null, viewName, false);
            if (found.View == null)
                throw new ArgumentNullException($"{viewName} view was not found");
        }

        await using var writer = new StringWriter();
        var viewContext = new ViewContext(actionContext, found.View, ViewData, TempData, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }

    protected JsonResult ErrorJson(string error) => Json(new { error });

    protected JsonResult ErrorJson(object errors) => Json(new { error = errors });

    protected virtual void DisplayEditLink(string editPageUrl) =>
        Service<INopHtmlHelper>().AddEditPageUrl(editPageUrl);

    protected virtual async Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales) where TLocalizedModelLocal : ILocalizedLocaleModel
    {
        await AddLocalesAsync(languageService, locales, null);
    }

    protected virtual async Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales, Action<TLocalizedModelLocal, int> configure) where TLocalizedModelLocal : ILocalizedLocaleModel
    {
        foreach (var language in await languageService.GetAllLanguagesAsync(true))
        {
            var locale = Activator.CreateInstance<TLocalizedModelLocal>();
            locale.LanguageId = language.Id;
            configure?.Invoke(locale, locale.LanguageId);
            locales.Add(locale);
        }
    }

    /// <summary>Redirects to the admin "access denied" page, passing the page that was refused.</summary>
    protected virtual IActionResult AccessDeniedView() =>
        RedirectToAction("AccessDenied", "Security", new { pageUrl = Request.GetEncodedPathAndQuery() });

    protected virtual async Task<JsonResult> AccessDeniedJsonAsync() =>
        ErrorJson(await Service<ILocalizationService>().GetResourceAsync("Admin.AccessDenied.Description"));

    public virtual void SaveSelectedCardName(string cardName, bool persistForTheNextRequest = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardName);

        const string key = "nop.selected-card-name";
        if (persistForTheNextRequest)
            TempData[key] = cardName;
        else
            ViewData[key] = cardName;
    }

    public virtual async Task SaveSelectedTabNameAsync(string tabName = "", bool persistForTheNextRequest = true)
    {
        var isPost = HttpMethods.IsPost(Request.Method) && Request.HasFormContentType;
        var form = isPost ? await Request.ReadFormAsync() : null;

        SaveSelectedTabName(tabName, form?["selected-tab-name"] ?? StringValues.Empty, null, persistForTheNextRequest);
        if (form == null)
            return;

        const string childPrefix = "selected-tab-name-";
        foreach (var (key, value) in form)
            if (key.StartsWith(childPrefix, StringComparison.InvariantCultureIgnoreCase))
                SaveSelectedTabName(null, value, key[childPrefix.Length..], persistForTheNextRequest);
    }

    protected virtual void SaveSelectedTabName(string tabName, StringValues selectedTabName, string dataKeyPrefix, bool persistForTheNextRequest)
    {
        if (string.IsNullOrEmpty(tabName))
            tabName = selectedTabName;
        if (string.IsNullOrEmpty(tabName))
            return;

        var key = string.IsNullOrEmpty(dataKeyPrefix) ? "nop.selected-tab-name" : $"nop.selected-tab-name-{dataKeyPrefix}";
        if (persistForTheNextRequest)
            TempData[key] = tabName;
        else
            ViewData[key] = tabName;
    }
}
