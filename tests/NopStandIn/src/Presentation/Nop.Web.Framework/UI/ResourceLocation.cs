namespace Nop.Web.Framework.UI;

// Real source: src/Presentation/Nop.Web.Framework/UI/ResourceLocation.cs
public enum ResourceLocation
{
    Auto,
    None,
    Head,
    Footer,
}
