using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Nop.Web.Framework.Mvc.ModelBinding.Binders;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/Binders/StringModelBinder.cs
/// <summary>
/// Binds a non-empty string trimmed (untouched with [NoTrim]). An empty value binds nothing, so the property keeps
/// the value the model was created with.
/// </summary>
public partial class StringModelBinder : IModelBinder
{
    Task IModelBinder.BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue;
        if (!string.IsNullOrEmpty(value))
        {
            var noTrim = (bindingContext.ModelMetadata as DefaultModelMetadata)?.Attributes.Attributes.Any(attribute => attribute.GetType() == typeof(NoTrimAttribute)) ?? false;
            bindingContext.Result = ModelBindingResult.Success(noTrim ? value : value.Trim());
        }

        return Task.CompletedTask;
    }
}
