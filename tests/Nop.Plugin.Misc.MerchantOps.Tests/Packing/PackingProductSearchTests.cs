using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackingProductSearchTests : PackingDatabaseTest
{
    public PackingProductSearchTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task Products_are_found_by_part_of_the_name_in_any_case_or_by_the_start_of_the_SKU()
    {
        var mug = await Store.ProductAsync("MUG-01", p => p.Name = "Blue coffee mug");
        var cup = await Store.ProductAsync("CUP-02", p => p.Name = "Espresso cup");
        await Store.ProductAsync("MUG-99", p => (p.Name, p.Deleted) = ("Retired mug", true));
        await Store.ProductAsync("TEA-03", p => p.Name = "Green tea");

        var byName = await App.ProductSearch.SearchAsync("MUG");
        var bySku = await App.ProductSearch.SearchAsync("cup-0");
        var wildcard = await App.ProductSearch.SearchAsync("%_");

        Assert.That(byName, Is.EqualTo(new[] { new ProductChoice(mug.Id, "Blue coffee mug", "MUG-01") }), "the deleted product is not offered");
        Assert.That(bySku.Select(p => p.Id), Is.EqualTo(new[] { cup.Id }));
        Assert.That(wildcard, Is.Empty, "LIKE wildcards typed by the packer are text");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" m ")]
    public async Task A_term_too_short_finds_nothing(string term)
    {
        await Store.ProductAsync("MUG-01", p => p.Name = "Mug");

        Assert.That(await App.ProductSearch.SearchAsync(term), Is.Empty);
    }

    [Test]
    public async Task A_vendor_finds_only_their_own_products_and_at_most_fifteen()
    {
        for (var i = 0; i < 17; i++)
            await Store.ProductAsync($"V7-SCARF-{i:00}", p => (p.Name, p.VendorId) = ($"Scarf {i:00}", 7));
        await Store.ProductAsync("SCARF-SHOP", p => p.Name = "Scarf of the shop");
        App.As(await Store.PackerAsync("vendor7@example.com"), vendorId: 7);

        var found = await App.ProductSearch.SearchAsync("scarf");

        Assert.That(found, Has.Count.EqualTo(PackingProductSearch.MaxResults));
        Assert.That(found.Select(p => p.Name), Is.Ordered.And.All.StartWith("Scarf "));
        Assert.That(found.Select(p => p.Sku), Has.None.EqualTo("SCARF-SHOP"));
    }
}
