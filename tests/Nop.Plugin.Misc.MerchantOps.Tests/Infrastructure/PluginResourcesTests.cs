using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

public class PluginResourcesTests
{
    private const string OneResource = """<Language Name="English"><LocaleResource Name="Plugins.Misc.MerchantOps.A"><Value>a</Value></LocaleResource></Language>""";

    [TestCase("fr-FR")]
    [TestCase("fr-CA")]
    [TestCase("FR-be")]
    [TestCase("fr")]
    public void French_cultures_get_the_French_file(string culture) =>
        Assert.That(Resources().For(culture).Culture, Is.EqualTo("fr-FR"));

    [TestCase("en-US")]
    [TestCase("de-DE")]
    [TestCase("xx-NOT-A-CULTURE")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("fy-NL")]
    public void Every_other_culture_gets_the_English_file(string culture) =>
        Assert.That(Resources().For(culture).Culture, Is.EqualTo("en-US"));

    [Test]
    public void A_language_without_culture_but_a_French_seo_code_gets_French() =>
        Assert.That(Resources().For(null, "fr").Culture, Is.EqualTo("fr-FR"));

    [Test]
    public void Malformed_xml_is_refused_with_its_line() =>
        Assert.That(() => PluginResourceFile.Parse("en-US", "x.xml", "<Language>\n<LocaleResource Name=\"Plugins.Misc.MerchantOps.A\">"),
            Throws.TypeOf<PluginResourceException>().With.Message.Contains("x.xml").And.Message.Contains("line"));

    [Test]
    public void A_resource_outside_the_plugin_names_is_refused() =>
        Assert.That(() => PluginResourceFile.Parse("en-US", "x.xml", """<Language><LocaleResource Name="Admin.Common.Save"><Value>Save</Value></LocaleResource></Language>"""),
            Throws.TypeOf<PluginResourceException>().With.Message.Contains("Admin.Common.Save"));

    [Test]
    public void A_resource_without_value_is_refused() =>
        Assert.That(() => PluginResourceFile.Parse("en-US", "x.xml", """<Language><LocaleResource Name="Plugins.Misc.MerchantOps.A" /></Language>"""),
            Throws.TypeOf<PluginResourceException>().With.Message.Contains("no <Value>"));

    [Test]
    public void A_duplicated_resource_is_refused() =>
        Assert.That(() => PluginResourceFile.Parse("en-US", "x.xml", """<Language><LocaleResource Name="Plugins.Misc.MerchantOps.A"><Value>a</Value></LocaleResource><LocaleResource Name="plugins.misc.merchantops.a"><Value>b</Value></LocaleResource></Language>"""),
            Throws.TypeOf<PluginResourceException>().With.Message.Contains("twice"));

    [Test]
    public async Task The_shipped_files_load_and_have_the_same_keys()
    {
        var resources = await new PluginResourceLoader(new NopFileProvider(TestPaths.RepositoryRoot)).LoadAsync(TestPaths.PluginOutputFolder);

        Assert.That(resources.French.Resources.Keys, Is.EquivalentTo(resources.English.Resources.Keys));
    }

    [Test]
    public void A_missing_file_is_reported_with_its_path()
    {
        var folder = TestPaths.CopyPluginFolder();
        File.Delete(Path.Combine(folder, "Localization", "MerchantOps.fr-FR.xml"));

        var exception = Assert.ThrowsAsync<PluginResourceException>(() => new PluginResourceLoader(new NopFileProvider(folder)).LoadAsync(folder));

        Assert.That(exception.Message, Does.Contain("MerchantOps.fr-FR.xml"));
    }

    private static PluginResources Resources() =>
        new(PluginResourceFile.Parse("en-US", "en.xml", OneResource), PluginResourceFile.Parse("fr-FR", "fr.xml", OneResource));
}
