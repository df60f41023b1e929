using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Services.Localization;
using Nop.Services.Security;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/CheckPermissionAttribute.cs
/// <summary>
/// Lets the action run when the current customer has ANY of the given permissions. Otherwise, by default:
/// GET and non-AJAX POST redirect to Security/AccessDenied, AJAX POST gets JSON <c>{ error }</c>,
/// other verbs get plain text. Method-only; may be repeated (each attribute is its own check).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default)
        : base(typeof(CheckPermissionFilter))
    {
        Arguments = [resultType, new List<string> { permissionSystemName }];
        PermissionSystemName.Add(permissionSystemName);
        ResultType = resultType;
    }

    public CheckPermissionAttribute(string[] permissionSystemNames, CheckPermissionResultType resultType = CheckPermissionResultType.Default)
        : base(typeof(CheckPermissionFilter))
    {
        Arguments = [resultType, permissionSystemNames.ToList()];
        PermissionSystemName.AddRange(permissionSystemNames);
        ResultType = resultType;
    }

    public List<string> PermissionSystemName { get; } = new();

    public CheckPermissionResultType ResultType { get; }

    private class CheckPermissionFilter : IAsyncAuthorizationFilter
    {
        private readonly CheckPermissionResultType _resultType;
        private readonly List<string> _permissionSystemNames;
        private readonly IHttpContextAccessor _httpContextAccessor;
        private readonly ILocalizationService _localizationService;
        private readonly IPermissionService _permissionService;

        public CheckPermissionFilter(CheckPermissionResultType resultType, List<string> permissionSystemNames,
            IHttpContextAccessor httpContextAccessor, ILocalizationService localizationService, IPermissionService permissionService)
        {
            _resultType = resultType;
            _permissionSystemNames = permissionSystemNames;
            _httpContextAccessor = httpContextAccessor;
            _localizationService = localizationService;
            _permissionService = permissionService;
        }

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            ArgumentNullException.ThrowIfNull(context);

            foreach (var name in _permissionSystemNames)
                if (await _permissionService.AuthorizeAsync(name))
                    return;

            var request = _httpContextAccessor.HttpContext?.Request ?? context.HttpContext.Request;

            var resultType = _resultType;
            if (resultType == CheckPermissionResultType.Default)
            {
                if (HttpMethods.IsPost(request.Method))
                    resultType = StandInRequest.IsAjax(request) ? CheckPermissionResultType.Json : CheckPermissionResultType.Html;
                else if (HttpMethods.IsGet(request.Method))
                    resultType = CheckPermissionResultType.Html;
                else
                    resultType = CheckPermissionResultType.Text;
            }

            switch (resultType)
            {
                case CheckPermissionResultType.Json:
                    context.Result = new JsonResult(new { error = await _localizationService.GetResourceAsync("Admin.AccessDenied.Description") });
                    break;
                case CheckPermissionResultType.Text:
                    context.Result = new ContentResult
                    {
                        Content = await _localizationService.GetResourceAsync("Admin.AccessDenied.Description"),
                        ContentType = "text/plain"
                    };
                    break;
                case CheckPermissionResultType.Html:
                    var controller = request.RouteValues.TryGetValue("controller", out var c) ? c : string.Empty;
                    var action = request.RouteValues.TryGetValue("action", out var a) ? a : string.Empty;
                    context.Result = new RedirectToActionResult("AccessDenied", "Security",
                        new { pageUrl = StandInRequest.RawUrl(request), pageSystemNameKey = $"{controller}.{action}" });
                    break;
            }
        }
    }

    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Text = 2,
        Json = 3
    }
}
