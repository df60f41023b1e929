using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Nop.Services.Security;

namespace Nop.Web.Framework.Mvc.Filters;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/Filters/AuthorizeAdminAttribute.cs
/// <summary>
/// Admin area gate: the current customer needs <see cref="StandardPermission.Security.ACCESS_ADMIN_PANEL"/>,
/// otherwise the request is challenged. <c>[AuthorizeAdmin(true)]</c> on an action lifts the gate for it.
/// </summary>
public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(AuthorizeAdminFilter))
    {
        IgnoreFilter = ignore;
        Arguments = [ignore];
    }

    public bool IgnoreFilter { get; }

    private class AuthorizeAdminFilter : IAsyncAuthorizationFilter
    {
        private readonly bool _ignoreFilter;
        private readonly IPermissionService _permissionService;

        public AuthorizeAdminFilter(bool ignoreFilter, IPermissionService permissionService)
        {
            _ignoreFilter = ignoreFilter;
            _permissionService = permissionService;
        }

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            ArgumentNullException.ThrowIfNull(context);

            //an action-level attribute decides over the controller-level one
            var onAction = context.ActionDescriptor.FilterDescriptors
                .Where(descriptor => descriptor.Scope == FilterScope.Action)
                .Select(descriptor => descriptor.Filter)
                .OfType<AuthorizeAdminAttribute>()
                .FirstOrDefault();
            if (onAction?.IgnoreFilter ?? _ignoreFilter)
                return;

            if (!context.Filters.Any(filter => filter is AuthorizeAdminFilter))
                return;

            if (!await _permissionService.AuthorizeAsync(StandardPermission.Security.ACCESS_ADMIN_PANEL))
                context.Result = new ChallengeResult();
        }
    }
}
