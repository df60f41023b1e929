using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nop.Web.Framework.Mvc.ModelBinding.Binders;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/Binders/CustomPropertiesModelBinder.cs
/// <summary>Binds BaseNopModel.CustomProperties from "CustomProperties[key]" form fields (POST) or query keys (GET).</summary>
public partial class CustomPropertiesModelBinder : IModelBinder
{
    async Task IModelBinder.BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var prefix = bindingContext.ModelName;
        var result = new Dictionary<string, string>();
        var request = bindingContext.HttpContext.Request;

        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form.Where(field => field.Key.StartsWith(prefix, StringComparison.Ordinal)))
                result.Add(key.Replace(prefix + "[", "").Replace("]", ""), value.ToString());
        }

        if (HttpMethods.IsGet(request.Method))
        {
            foreach (var (key, value) in request.Query.Where(field => field.Key.StartsWith(prefix, StringComparison.Ordinal) && field.Key.Contains('[')))
                result.Add(key[(key.IndexOf('[') + 1)..key.IndexOf(']')], value.ToString());
        }

        bindingContext.Result = ModelBindingResult.Success(result);
    }
}
