using Nop.Plugin.Misc.MerchantOps.Packing.Domain;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing.Domain;

public class ScanMatcherTests
{
    private static ScanLine Line(int id, int quantity, int verified, params string[] codes) => new(id, codes, quantity, verified);

    [Test]
    public void A_code_of_an_item_with_units_left_matches_it()
    {
        var match = ScanMatcher.Match([Line(1, 2, 0, "MUG-01"), Line(2, 1, 0, "TEE-M")], "TEE-M");

        Assert.That((match.Kind, match.Line.ItemId), Is.EqualTo((ScanMatchKind.Matched, 2)));
    }

    [Test]
    public void Codes_match_whatever_their_case()
    {
        Assert.That(ScanMatcher.Match([Line(1, 1, 0, "MUG-01")], "mug-01").Kind, Is.EqualTo(ScanMatchKind.Matched));
    }

    [Test]
    public void A_fully_verified_item_is_over_quantity()
    {
        var match = ScanMatcher.Match([Line(1, 2, 2, "MUG-01")], "MUG-01");

        Assert.That((match.Kind, match.Line.ItemId), Is.EqualTo((ScanMatchKind.OverQuantity, 1)));
    }

    [Test]
    public void Two_lines_with_the_same_code_are_filled_one_after_the_other()
    {
        var match = ScanMatcher.Match([Line(1, 1, 1, "MUG-01"), Line(2, 1, 0, "MUG-01")], "MUG-01");

        Assert.That(match.Line.ItemId, Is.EqualTo(2));
    }

    [Test]
    public void A_code_of_no_item_does_not_match()
    {
        Assert.That(ScanMatcher.Match([Line(1, 1, 0, "MUG-01")], "MUG-02").Kind, Is.EqualTo(ScanMatchKind.NoMatch));
    }

    [TestCase("4006381333931", "04006381333931")]
    [TestCase("012345678905", "0012345678905")]
    public void A_GTIN_matches_with_or_without_leading_zeros(string scanned, string stored)
    {
        Assert.That(ScanMatcher.Match([Line(1, 1, 0, stored)], scanned).Kind, Is.EqualTo(ScanMatchKind.Matched));
    }

    [Test]
    public void Leading_zeros_do_not_make_different_text_codes_equal()
    {
        Assert.That(ScanCode.Same("0A1", "A1"), Is.False);
    }
}

public class ScanCodeTests
{
    [TestCase("MUG-01\r\n", "MUG-01")]
    [TestCase("\t  MUG-01  ", "MUG-01")]
    [TestCase("]C1\u001d0104006381333931", "]C10104006381333931")]
    public void Scanner_control_characters_and_spaces_are_dropped(string scanned, string expected)
    {
        Assert.That(ScanCode.Normalize(scanned), Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \r\n\t")]
    public void Nothing_but_blanks_is_no_code(string scanned)
    {
        Assert.That(ScanCode.Normalize(scanned), Is.Null);
    }

    [Test]
    public void A_code_longer_than_any_catalog_code_is_marked_too_long()
    {
        Assert.That(ScanCode.IsTooLong(ScanCode.Normalize(new string('7', 10000))), Is.True);
    }

    [Test]
    public void Logged_codes_are_cut_to_a_hundred_characters()
    {
        Assert.That(ScanCode.ForLog(new string('x', 10000)), Has.Length.EqualTo(100));
    }
}

public class ItemCodesTests
{
    private static readonly ProductCodes Product = new("TEE", "4006381333931", "MPN-TEE");

    [Test]
    public void A_product_tracked_by_attributes_shows_its_combination_codes()
    {
        var codes = ItemCodes.Effective(Product, tracksStockByAttributes: true, new ProductCodes("TEE-RED-M", null, "MPN-RM"));

        Assert.That(codes, Is.EqualTo(new ProductCodes("TEE-RED-M", "4006381333931", "MPN-RM")));
    }

    [Test]
    public void A_product_not_tracked_by_attributes_shows_its_own_codes()
    {
        Assert.That(ItemCodes.Effective(Product, tracksStockByAttributes: false, new ProductCodes("TEE-RED-M", null, null)), Is.EqualTo(Product));
    }

    [Test]
    public void A_combination_label_is_scannable_whatever_the_inventory_method()
    {
        var codes = ItemCodes.Scannable(Product, tracksStockByAttributes: false, new ProductCodes("TEE-RED-M", null, null));

        Assert.That(codes, Is.EquivalentTo(new[] { "TEE", "4006381333931", "MPN-TEE", "TEE-RED-M" }));
    }
}
