namespace Nop.Web.Framework.TagHelpers.Admin;

// Real source: src/Presentation/Nop.Web.Framework/TagHelpers/Admin/NopTabContextItem.cs
public partial class NopTabContextItem
{
    public string Title { set; get; }
    public string Content { set; get; }
    public bool IsDefault { set; get; }
}
