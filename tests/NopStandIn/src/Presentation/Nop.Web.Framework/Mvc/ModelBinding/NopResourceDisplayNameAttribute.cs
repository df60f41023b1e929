using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

// Real source: src/Presentation/Nop.Web.Framework/Mvc/ModelBinding/NopResourceDisplayNameAttribute.cs
// The real DisplayName getter looks the resource up through nopCommerce's EngineContext; the stand-in
// keeps the key there, and the test host localizes display names through a metadata provider.
// nop-label reads ResourceKey itself, as the real tag helper does.
[AttributeUsage(AttributeTargets.Property)]
public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute, IModelAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; set; }

    public string Name => nameof(NopResourceDisplayNameAttribute);
}
