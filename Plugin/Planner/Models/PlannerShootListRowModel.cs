using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>A product to photograph: what to shoot, how to name the files, and where to upload them.</summary>
public record PlannerShootListRowModel : BaseNopModel
{
    public int ProductId { get; set; }

    /// <summary>As typed in the catalog (encoded by the view).</summary>
    public string Name { get; set; }

    public string Sku { get; set; }

    /// <summary>The views wanted, in the admin's language ("front, back, detail").</summary>
    public string Views { get; set; }

    /// <summary>One file name per view: the product's SEO slug (else its SKU, else "product-{id}") and a number, ".jpg".</summary>
    public IList<string> FileNames { get; set; } = [];

    /// <summary>The product's admin edit page (its Pictures section is where the files go).</summary>
    public string EditUrl { get; set; }
}
