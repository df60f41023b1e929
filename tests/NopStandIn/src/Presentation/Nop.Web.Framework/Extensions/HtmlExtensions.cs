using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Nop.Web.Framework.Extensions;

// Real source: src/Presentation/Nop.Web.Framework/Extensions/HtmlExtensions.cs (subset)
public static class HtmlExtensions
{
    /// <summary>The card remembered by BaseController.SaveSelectedCardName (TempData wins over ViewData).</summary>
    public static string GetSelectedCardName(this IHtmlHelper helper) => Remembered(helper, "nop.selected-card-name");

    /// <summary>The tab remembered by BaseController.SaveSelectedTabNameAsync (TempData wins over ViewData).</summary>
    public static string GetSelectedTabName(this IHtmlHelper helper, string dataKeyPrefix = null) =>
        Remembered(helper, string.IsNullOrEmpty(dataKeyPrefix) ? "nop.selected-tab-name" : $"nop.selected-tab-name-{dataKeyPrefix}");

    private static string Remembered(IHtmlHelper helper, string key)
    {
        var value = helper.ViewData.TryGetValue(key, out var fromViewData) ? fromViewData?.ToString() : string.Empty;
        if (helper.ViewContext.TempData.TryGetValue(key, out var fromTempData))
            value = fromTempData?.ToString();
        return value ?? string.Empty;
    }

    /// <summary>A help icon (div.ico-help) whose tooltip is the value.</summary>
    public static async Task<IHtmlContent> HintAsync(this IHtmlHelper helper, string value)
    {
        var hint = new TagBuilder("div");
        hint.MergeAttribute("title", value);
        hint.MergeAttribute("class", "ico-help");
        hint.MergeAttribute("data-toggle", "tooltip");
        hint.InnerHtml.AppendHtml("<i class='fas fa-circle-question'></i>");
        return new HtmlString(await hint.RenderHtmlContentAsync());
    }

    public static async Task<string> RenderHtmlContentAsync(this IHtmlContent htmlContent)
    {
        await using var writer = new StringWriter();
        htmlContent.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
