using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Security;
using Nop.Core.Events;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class InstallTests
{
    private readonly DatabaseEngine _engine;
    private PluginStore _store;

    public InstallTests(DatabaseEngine engine)
    {
        _engine = engine;
    }

    [SetUp]
    public async Task CreateStore() => _store = await PluginStore.CreateAsync(_engine);

    [TearDown]
    public async Task DisposeStore()
    {
        var consumerErrors = _store.Database.EventPublisher.ConsumerErrors;
        await _store.DisposeAsync();
        Assert.That(consumerErrors, Is.Empty, "an event consumer of the plugin threw");
    }

    [Test]
    public async Task Install_saves_default_settings()
    {
        await _store.InstallPluginSucceedsAsync();

        var settings = await _store.Settings.LoadSettingAsync<MerchantOpsSettings>();
        Assert.That(await _store.Settings.GetSettingAsync("merchantopssettings.packingdefaultbatchsize"), Is.Not.Null);
        Assert.That(settings.PackingDefaultBatchSize, Is.EqualTo(new MerchantOpsSettings().PackingDefaultBatchSize));
    }

    [Test]
    public async Task Install_gives_French_texts_to_French_languages_and_English_to_every_other()
    {
        await _store.InstallPluginSucceedsAsync();

        const string key = "Plugins.Misc.MerchantOps.Configuration.Save";
        Assert.That(await _store.ResourceAsync(key, "fr-FR"), Is.EqualTo("Enregistrer"));
        Assert.That(await _store.ResourceAsync(key, "en-US"), Is.EqualTo("Save"));
        Assert.That(await _store.ResourceAsync(key, "de-DE"), Is.EqualTo("Save"), "hidden languages get texts too");
        Assert.That(await _store.ResourceAsync(key, "zz-NOT-A-CULTURE"), Is.EqualTo("Save"));
    }

    [Test]
    public async Task Install_activates_the_widget_and_keeps_the_other_active_widgets()
    {
        await _store.InstallPluginSucceedsAsync();

        var widgets = await _store.Settings.LoadSettingAsync<WidgetSettings>();
        Assert.That(widgets.ActiveWidgetSystemNames, Is.EquivalentTo(new[] { "Widgets.NivoSlider", MerchantOpsDefaults.SystemName }));
    }

    [Test]
    public async Task Permissions_inserted_at_start_are_the_seven_of_the_spec_granted_to_administrators()
    {
        await _store.InstallPluginSucceedsAsync();

        var permissions = (await _store.Permissions.GetAllPermissionRecordsAsync()).Select(p => p.SystemName);
        Assert.That(permissions, Is.EquivalentTo(MerchantOpsPermissionConfigManager.AllSystemNames));
        Assert.That(MerchantOpsPermissionConfigManager.AllSystemNames, Has.Count.EqualTo(7));
        var administrators = _store.Database.Repository<Nop.Core.Domain.Customers.CustomerRole>().Table.Single(r => r.SystemName == "Administrators");
        foreach (var permission in MerchantOpsPermissionConfigManager.AllSystemNames)
            Assert.That(await _store.Permissions.AuthorizeAsync(permission, administrators.Id), Is.True, permission);
    }

    [Test]
    public async Task Permission_names_end_up_in_the_language_of_each_language()
    {
        // At start-up nopCommerce writes each new permission's English name into every language.
        await _store.InstallPluginSucceedsAsync();

        Assert.That(await _store.ResourceAsync("Security.Permission.Misc.MerchantOps.Planner", "fr-FR"), Is.EqualTo("Merchant Ops. Planning hebdomadaire"));
        Assert.That(await _store.ResourceAsync("Security.Permission.Misc.MerchantOps.Planner", "en-US"), Is.EqualTo("Merchant Ops. Weekly planner"));
    }

    [Test]
    public async Task Installing_twice_changes_nothing_the_second_time()
    {
        await _store.InstallPluginSucceedsAsync();
        var afterFirst = await _store.SnapshotAsync();

        Assert.That(await _store.InstallPluginAsync(), Is.True);

        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(afterFirst));
    }

    [Test]
    public async Task Installing_again_keeps_the_settings_the_owner_changed()
    {
        await _store.InstallPluginSucceedsAsync();
        await _store.Settings.SetSettingAsync("merchantopssettings.packingdefaultbatchsize", 75);

        await _store.InstallPluginSucceedsAsync();

        Assert.That((await _store.Settings.LoadSettingAsync<MerchantOpsSettings>()).PackingDefaultBatchSize, Is.EqualTo(75));
    }

    [TestCase("MerchantOps.fr-FR.xml", null, "is missing")]
    [TestCase("MerchantOps.en-US.xml", "<Language><LocaleResource Name=\"Plugins.Misc.MerchantOps.Menu\">", "not well-formed")]
    [TestCase("MerchantOps.fr-FR.xml", "<Language><LocaleResource Name=\"Plugins.Misc.MerchantOps.Menu\"><Value>x</Value></LocaleResource></Language>", "same keys")]
    public async Task A_missing_or_broken_resource_file_installs_nothing_and_says_why(string file, string content, string reason)
    {
        var before = await _store.SnapshotAsync();
        var path = Path.Combine(_store.PluginFolder, "Localization", file);
        if (content is null)
            File.Delete(path);
        else
            await File.WriteAllTextAsync(path, content);

        var installed = await _store.InstallPluginAsync();

        Assert.That(installed, Is.False);
        Assert.That(_store.Logger.Errors.First(), Does.StartWith("Merchant Ops was not installed").And.Contain(file).And.Contain(reason));
        // nopCommerce ran the plugin's migrations before InstallAsync and keeps them for the retry; nothing else changed.
        Assert.That((await _store.SnapshotAsync()).Where(line => !line.StartsWith("table MerchantOps")), Is.EqualTo(before));
    }

    [Test]
    public async Task An_install_that_failed_half_way_completes_when_run_again()
    {
        var english = (await _store.Languages.GetAllLanguagesAsync()).First();
        await _store.Localization.ImportResourcesFromXmlAsync(english, new StreamReader(Path.Combine(_store.PluginFolder, "Localization", "MerchantOps.en-US.xml")));
        await _store.Settings.SetSettingAsync("merchantopssettings.packingdefaultbatchsize", 20);
        await using var clean = await PluginStore.CreateAsync(_engine);
        await clean.InstallPluginSucceedsAsync();

        await _store.InstallPluginSucceedsAsync();

        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(await clean.SnapshotAsync()));
    }

    [Test]
    public async Task Uninstall_leaves_the_store_as_it_was_before_install()
    {
        var before = await _store.SnapshotAsync();
        await _store.InstallPluginSucceedsAsync();
        await _store.Database.Repository<ScheduleTask>().InsertAsync(new ScheduleTask
        {
            Name = "Merchant Ops task", Type = "Nop.Plugin.Misc.MerchantOps.Kpi.Services.RollupTask, Nop.Plugin.Misc.MerchantOps", Seconds = 3600
        });

        await _store.UninstallPluginAsync();

        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Uninstalling_twice_is_harmless()
    {
        var before = await _store.SnapshotAsync();
        await _store.InstallPluginSucceedsAsync();
        await _store.UninstallPluginAsync();

        Assert.DoesNotThrowAsync(() => _store.CreatePlugin().UninstallAsync());
        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Reinstall_after_uninstall_gives_a_fresh_install()
    {
        await _store.InstallPluginSucceedsAsync();
        var installed = await _store.SnapshotAsync();
        await _store.UninstallPluginAsync();

        await _store.InstallPluginSucceedsAsync();

        Assert.That(await _store.SnapshotAsync(), Is.EqualTo(installed));
    }

    [Test]
    public async Task A_language_added_after_install_gets_the_plugin_texts()
    {
        await _store.InstallPluginSucceedsAsync();

        await _store.AddLanguageAsync("Français (Canada)", "fr-CA", "fc");
        await _store.AddLanguageAsync("Nederlands", "nl-NL", "nl");

        Assert.That(await _store.ResourceAsync("Plugins.Misc.MerchantOps.Menu.Configure", "fr-CA"), Is.EqualTo("Configuration"));
        Assert.That(await _store.ResourceAsync("Plugins.Misc.MerchantOps.Configuration.Save", "nl-NL"), Is.EqualTo("Save"));
    }

    [Test]
    public async Task A_language_added_while_the_plugin_is_not_installed_gets_nothing()
    {
        await _store.AddLanguageAsync("Français (Canada)", "fr-CA", "fc");

        Assert.That(await _store.ResourceAsync("Plugins.Misc.MerchantOps.Menu.Configure", "fr-CA"), Is.Null);
    }

    [Test]
    public async Task A_failing_update_is_logged_and_does_not_stop_the_store()
    {
        await _store.InstallPluginSucceedsAsync();
        File.Delete(Path.Combine(_store.PluginFolder, "Localization", "MerchantOps.en-US.xml"));

        Assert.DoesNotThrowAsync(() => _store.CreatePlugin().UpdateAsync("1.0.0", "1.1.0"));
        Assert.That(_store.Logger.Errors.Last(), Does.Contain("1.0.0").And.Contain("1.1.0"));
    }
}
