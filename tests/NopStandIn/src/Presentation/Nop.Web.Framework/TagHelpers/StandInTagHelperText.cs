using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Nop.Web.Framework.TagHelpers;

/// <summary>Stand-in only (internal): HTML content to text.</summary>
internal static class StandInTagHelperText
{
    public static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

}
