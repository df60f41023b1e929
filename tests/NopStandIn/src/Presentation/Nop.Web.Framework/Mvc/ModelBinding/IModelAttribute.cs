namespace Nop.Web.Framework.Mvc.ModelBinding;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/IModelAttribute.cs
/// <summary>A model attribute that <see cref="NopMetadataProvider"/> exposes in the metadata's AdditionalValues under <see cref="Name"/>.</summary>
public partial interface IModelAttribute
{
    string Name { get; }
}
