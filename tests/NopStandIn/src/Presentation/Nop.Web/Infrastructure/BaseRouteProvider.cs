namespace Nop.Web.Infrastructure;

// Real source: src/Presentation/Nop.Web/Infrastructure/BaseRouteProvider.cs
// Stand-in: SEO-friendly language URLs are off, so the language pattern is always empty.
public partial class BaseRouteProvider
{
    /// <summary>The "{language}" route segment pattern when SEO-friendly language URLs are on; empty otherwise.</summary>
    protected string GetLanguageRoutePattern() => string.Empty;
}
