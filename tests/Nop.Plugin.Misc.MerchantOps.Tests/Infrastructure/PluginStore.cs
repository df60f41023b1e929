using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Security;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Localization;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Plugins;

using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Infrastructure;

/// <summary>
/// A store with English, French, German and an odd-culture language, an Administrators role, another
/// widget already active and a setting of its own; the plugin's files in a private folder; nopCommerce's
/// services as fakes writing real rows. Install and uninstall follow nopCommerce's order of steps.
/// </summary>
public sealed class PluginStore : IAsyncDisposable
{
    private PluginStore(TestDatabase database, string pluginFolder)
    {
        Database = database;
        PluginFolder = pluginFolder;
        Logger = new RecordingLogger();
        Languages = new RepositoryLanguageService(database.Repository<Language>());
        Localization = new RepositoryLocalizationService(database.Repository<LocaleStringResource>(), Languages);
        Settings = new RepositorySettingService(database.Repository<Setting>());
        Permissions = new RepositoryPermissionService(database.Repository<PermissionRecord>(), database.Repository<PermissionRecordCustomerRoleMapping>(),
            database.Repository<CustomerRole>(), database.Repository<CustomerCustomerRoleMapping>(), Localization);
        ScheduleTasks = new RepositoryScheduleTaskService(database.Repository<ScheduleTask>());
        PluginManager = new Mock<IPluginManager<IPlugin>>();
        PluginManager.Setup(m => m.LoadPluginBySystemNameAsync(MerchantOpsDefaults.SystemName, null, 0))
            .ReturnsAsync(() => IsInstalled ? CreatePlugin() : null);
        SubscribePluginConsumers();
    }

    public TestDatabase Database { get; }
    public string PluginFolder { get; }
    public RecordingLogger Logger { get; }
    public RepositoryLanguageService Languages { get; }
    public RepositoryLocalizationService Localization { get; }
    public RepositorySettingService Settings { get; }
    public RepositoryPermissionService Permissions { get; }
    public RepositoryScheduleTaskService ScheduleTasks { get; }
    public Mock<IPluginManager<IPlugin>> PluginManager { get; }
    public bool IsInstalled { get; private set; }

    public static async Task<PluginStore> CreateAsync(DatabaseEngine engine)
    {
        var store = new PluginStore(await TestDatabase.CreateAsync(engine), TestPaths.CopyPluginFolder());
        await store.SeedAsync();
        return store;
    }

    public PluginResourceLoader ResourceLoader => new(new NopFileProvider(PluginFolder));

    public PluginResourceInstaller ResourceInstaller => new(Languages, Localization);

    public ReplySeeder ReplySeeder => new(Languages, Database.Repository<CannedReply>(), TimeProvider.System);

    public FollowUpRuleSeeder FollowUpRuleSeeder => new(Database.Repository<Language>(), Database.Repository<CannedReply>(),
        Database.Repository<FollowUpRule>(), Database.Repository<Nop.Core.Domain.Stores.Store>(), TimeProvider.System);

    public MerchantOpsPlugin CreatePlugin()
    {
        var webHelper = new Mock<IWebHelper>();
        webHelper.Setup(w => w.GetStoreLocation(It.IsAny<bool?>())).Returns("http://shop.test/");
        var widgetSettings = Settings.LoadSettingAsync<WidgetSettings>().Result;

        return new MerchantOpsPlugin(Logger, Permissions, ResourceInstaller, ResourceLoader, new Lazy<ReplySeeder>(() => ReplySeeder), ScheduleTasks, Settings, webHelper.Object, widgetSettings,
            new Lazy<FollowUpRuleSeeder>(() => FollowUpRuleSeeder))
        {
            PluginDescriptor = new PluginDescriptor
            {
                SystemName = MerchantOpsDefaults.SystemName,
                OriginalAssemblyFile = Path.Combine(PluginFolder, "Nop.Plugin.Misc.MerchantOps.dll")
            }
        };
    }

    /// <summary>
    /// What nopCommerce does at the restart after "Install": migrations, InstallAsync (a failure is only logged
    /// and retried at the next start; the migrations stay), then the permissions at application start.
    /// </summary>
    public async Task<bool> InstallPluginAsync()
    {
        await Database.InstallPluginSchemaAsync(runMigrations: true);
        try
        {
            await CreatePlugin().InstallAsync();
        }
        catch (Exception exception)
        {
            await Logger.ErrorAsync($"Error installing plugin: {exception.Message}");
            return false;
        }

        IsInstalled = true;
        await Permissions.InsertPermissionsAsync();
        return true;
    }

    /// <summary>Installs as <see cref="InstallPluginAsync"/> does and fails the test, with the logged error, if the install failed.</summary>
    public async Task InstallPluginSucceedsAsync()
    {
        if (!await InstallPluginAsync())
            Assert.Fail($"The install failed: {string.Join("; ", Logger.Errors)}");
    }

    /// <summary>What nopCommerce does on "Uninstall": UninstallAsync, then the down-migrations of the assembly.</summary>
    public async Task UninstallPluginAsync()
    {
        await CreatePlugin().UninstallAsync();
        await Database.UninstallPluginSchemaAsync();
        IsInstalled = false;
    }

    public async Task<Language> AddLanguageAsync(string name, string culture, string seoCode)
    {
        var language = new Language { Name = name, LanguageCulture = culture, UniqueSeoCode = seoCode, Published = true, DisplayOrder = 10 };
        await Languages.InsertLanguageAsync(language);
        return language;
    }

    public async Task<string> ResourceAsync(string name, string culture)
    {
        var language = (await Languages.GetAllLanguagesAsync(true)).Single(l => l.LanguageCulture == culture);
        var resource = await Localization.GetLocaleStringResourceByNameAsync(name, language.Id, false);
        return resource?.ResourceValue;
    }

    /// <summary>Everything install may touch, as sorted text lines, to compare two moments of the store.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        var lines = new List<string>();
        lines.AddRange((await Database.GetTableNamesAsync()).Select(t => $"table {t}"));
        //the follow-up links' secret is random per install: compared by its shape (43 base64url characters), not its value
        lines.AddRange((await Database.Repository<Setting>().Table.ToListAsync()).Select(s => $"setting {s.Name}@{s.StoreId}="
            + (s.Name == "merchantopssettings.followuplinksecret" && System.Text.RegularExpressions.Regex.IsMatch(s.Value ?? "", "^[A-Za-z0-9_-]{43}$") ? "<secret>" : s.Value)));
        lines.AddRange((await Database.Repository<LocaleStringResource>().Table.ToListAsync()).Select(r => $"resource {r.LanguageId}:{r.ResourceName.ToLowerInvariant()}={r.ResourceValue}"));
        lines.AddRange((await Database.Repository<PermissionRecord>().Table.ToListAsync()).Select(p => $"permission {p.SystemName}"));
        var permissions = (await Database.Repository<PermissionRecord>().Table.ToListAsync()).ToDictionary(p => p.Id, p => p.SystemName);
        var roles = (await Database.Repository<CustomerRole>().Table.ToListAsync()).ToDictionary(r => r.Id, r => r.SystemName);
        lines.AddRange((await Database.Repository<PermissionRecordCustomerRoleMapping>().Table.ToListAsync())
            .Select(m => $"mapping {permissions.GetValueOrDefault(m.PermissionRecordId, "?")} to {roles.GetValueOrDefault(m.CustomerRoleId, "?")}"));
        lines.AddRange(roles.Values.Select(r => $"role {r}"));
        lines.AddRange((await Database.Repository<ScheduleTask>().Table.ToListAsync()).Select(t => $"task {t.Type}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        try { Directory.Delete(PluginFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The plugin's event consumers, called by the repositories' events as nopCommerce's publisher would.</summary>
    private void SubscribePluginConsumers()
    {
        var translator = new PermissionNameTranslator(Languages, Localization, PluginManager.Object, ResourceLoader);
        Database.EventPublisher.Subscribe<EntityInsertedEvent<LocaleStringResource>>(translator.HandleEventAsync);
        Database.EventPublisher.Subscribe<EntityUpdatedEvent<LocaleStringResource>>(translator.HandleEventAsync);

        var languageAdded = new LanguageAddedConsumer(Logger, PluginManager.Object, ResourceInstaller, ResourceLoader);
        Database.EventPublisher.Subscribe<EntityInsertedEvent<Language>>(languageAdded.HandleEventAsync);

        var seedOnLanguageAdded = new ReplySeedOnLanguageAdded(Logger, PluginManager.Object, ReplySeeder);
        Database.EventPublisher.Subscribe<EntityInsertedEvent<Language>>(seedOnLanguageAdded.HandleEventAsync);
    }

    private async Task SeedAsync()
    {
        await Database.Repository<Language>().InsertAsync(new List<Language>
        {
            new() { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 },
            new() { Name = "Français", LanguageCulture = "fr-FR", UniqueSeoCode = "fr", Published = true, DisplayOrder = 2 },
            new() { Name = "Deutsch", LanguageCulture = "de-DE", UniqueSeoCode = "de", Published = false, DisplayOrder = 3 },
            new() { Name = "Odd", LanguageCulture = "zz-NOT-A-CULTURE", UniqueSeoCode = "zz", Published = true, DisplayOrder = 4 }
        });
        await Database.Repository<CustomerRole>().InsertAsync(new CustomerRole
        {
            Name = "Administrators", SystemName = NopCustomerDefaults.AdministratorsRoleName, Active = true, IsSystemRole = true
        });
        await Settings.SaveSettingAsync(new WidgetSettings { ActiveWidgetSystemNames = ["Widgets.NivoSlider"] });
        await Settings.SetSettingAsync("storeinformationsettings.storeclosed", false);
        var english = (await Languages.GetAllLanguagesAsync()).First();
        await Localization.InsertLocaleStringResourceAsync(new LocaleStringResource { LanguageId = english.Id, ResourceName = "admin.common.save", ResourceValue = "Save" });
    }
}
