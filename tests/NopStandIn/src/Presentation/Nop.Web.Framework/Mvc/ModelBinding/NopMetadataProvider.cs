using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Nop.Web.Framework.Mvc.ModelBinding;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/NopMetadataProvider.cs
/// <summary>Puts every <see cref="IModelAttribute"/> of a model property into its metadata's AdditionalValues.</summary>
public partial class NopMetadataProvider : IDisplayMetadataProvider
{
    public virtual void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        foreach (var attribute in context.Attributes.OfType<IModelAttribute>())
        {
            if (!context.DisplayMetadata.AdditionalValues.TryAdd(attribute.Name, attribute))
                throw new InvalidOperationException($"There is already an attribute with the name '{attribute.Name}' on this model");
        }
    }
}
