namespace Nop.Web.Framework.WebOptimizer;

// Real source: src/Presentation/Nop.Web.Framework/WebOptimizer/WebOptimizerConfig.cs (subset: the two switches the
// script and link tag helpers read; nopCommerce reads them from appsettings.json through AppSettings, the test host
// registers this class as a service). Both are on in a new store.
/// <summary>Bundling of JavaScript and CSS files (WebOptimizer section of appsettings.json).</summary>
public partial class WebOptimizerConfig
{
    /// <summary>On: scripts without asp-location go to the footer list; off: they stay where they are written.</summary>
    public bool EnableJavaScriptBundling { get; protected set; } = true;

    /// <summary>On: the layout's CSS list is written as one bundle (the stand-in writes its files one by one).</summary>
    public bool EnableCssBundling { get; protected set; } = true;
}
