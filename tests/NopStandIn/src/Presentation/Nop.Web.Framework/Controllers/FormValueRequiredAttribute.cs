using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Routing;

namespace Nop.Web.Framework.Controllers;

// Real source: src/Presentation/Nop.Web.Framework/Controllers/FormValueRequiredAttribute.cs
/// <summary>
/// Selects the action only for a POST whose form holds one of the given submit buttons
/// (by name, or by a non-empty value when <c>validateNameOnly</c> is false).
/// </summary>
public sealed class FormValueRequiredAttribute : ActionMethodSelectorAttribute
{
    private readonly string[] _submitButtonNames;
    private readonly FormValueRequirement _requirement;
    private readonly bool _validateNameOnly;

    public FormValueRequiredAttribute(params string[] submitButtonNames)
        : this(FormValueRequirement.Equal, submitButtonNames)
    {
    }

    public FormValueRequiredAttribute(FormValueRequirement requirement, params string[] submitButtonNames)
        : this(requirement, true, submitButtonNames)
    {
    }

    public FormValueRequiredAttribute(FormValueRequirement requirement, bool validateNameOnly, params string[] submitButtonNames)
    {
        _submitButtonNames = submitButtonNames;
        _validateNameOnly = validateNameOnly;
        _requirement = requirement;
    }

    public override bool IsValidForRequest(RouteContext routeContext, ActionDescriptor action)
    {
        var request = routeContext.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            return false;

        var form = request.ReadFormAsync().GetAwaiter().GetResult();

        bool matches(string key, string buttonName) => _requirement == FormValueRequirement.Equal
            ? key.Equals(buttonName, StringComparison.InvariantCultureIgnoreCase)
            : key.StartsWith(buttonName, StringComparison.InvariantCultureIgnoreCase);

        foreach (var buttonName in _submitButtonNames)
        foreach (var key in form.Keys.Where(key => matches(key, buttonName)))
        {
            if (_validateNameOnly || !string.IsNullOrEmpty(form[key]))
                return true;
        }

        return false;
    }
}

// Real source: src/Presentation/Nop.Web.Framework/Controllers/FormValueRequiredAttribute.cs
public enum FormValueRequirement
{
    Equal,
    StartsWith
}
