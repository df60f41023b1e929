using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Web.Areas.Admin.Controllers;

// Real source: src/Presentation/Nop.Web/Areas/Admin/Controllers/BaseAdminController.cs
/// <summary>
/// Base of admin controllers: admin area, antiforgery on every unsafe request, admin-panel permission,
/// vendor validation, selected-tab memory. <see cref="Json"/> writes with the MVC Newtonsoft settings, ISO dates
/// and DateTimeZoneHandling.Unspecified (AdminAreaSettings.UseIsoDateFormatInJsonResult is installed true; the
/// stand-in takes that value): a UTC DateTime is written without "Z".
/// </summary>
[Area(AreaNames.ADMIN)]
[AutoValidateAntiforgeryToken]
[ValidateIpAddress]
[AuthorizeAdmin]
[ValidateVendor]
[SaveSelectedTab]
[NotNullValidationMessage]
public abstract partial class BaseAdminController : BaseController
{
    public override JsonResult Json(object data)
    {
        var configured = HttpContext?.RequestServices.GetService<IOptions<MvcNewtonsoftJsonOptions>>()?.Value?.SerializerSettings;
        var settings = new JsonSerializerSettings { ContractResolver = configured?.ContractResolver ?? new DefaultContractResolver() };
        if (configured != null)
        {
            settings.Converters = configured.Converters;
            settings.NullValueHandling = configured.NullValueHandling;
            settings.ReferenceLoopHandling = configured.ReferenceLoopHandling;
        }

        settings.DateFormatHandling = DateFormatHandling.IsoDateFormat;
        settings.DateTimeZoneHandling = DateTimeZoneHandling.Unspecified;
        return base.Json(data, settings);
    }
}
