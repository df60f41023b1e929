using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Vendors;
using Nop.Core.Events;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Plugin.Misc.MerchantOps.Packing.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>
/// The plugin's services as nopCommerce composes them: the plugin's own INopStartup registrations (plugin-wide and per feature, as nopCommerce's type finder finds them) over the
/// stand-in's data layer (repositories over the bench database, the bench cache, no event consumers), with the
/// nopCommerce services they call answered the simple way: the current customer is the store's administrator
/// (admin@merchantops.bench, no vendor), settings are the defaults of a fresh install, customers and stores come from
/// the database, attribute combinations are found among the product's combinations (cached per product in the bench
/// cache, as nopCommerce caches them) by their AttributesXml. Other things nopCommerce serves from its static cache are
/// answered from memory: texts (the plugin's English resources), the Packing permission mapped to the
/// Administrators role, times as UTC.
/// </summary>
public sealed class PluginServices : IDisposable
{
    private static readonly CacheKey _combinationsByProduct = new("MerchantOps.bench.productattributecombinations.byproduct.{0}");

    /// <summary>The store's time zone the planner reads (nopCommerce's default store time zone setting).</summary>
    public const string BenchTimeZone = "Europe/Paris";

    private readonly ServiceProvider _provider;

    public PluginServices(BenchDatabase database, IStaticCacheManager cacheManager, Customer currentCustomer,
        Action<IServiceCollection> configure = null)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var startup in typeof(NopStartup).Assembly.GetTypes()
                     .Where(type => typeof(INopStartup).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
                     .Select(type => (INopStartup)Activator.CreateInstance(type)!)
                     .OrderBy(startup => startup.Order))
            startup.ConfigureServices(services, configuration);

        services.AddSingleton(database.DataProvider);
        services.AddSingleton(cacheManager);
        services.AddSingleton<IEventPublisher, NullEventPublisher>();
        services.AddScoped(typeof(IRepository<>), typeof(EntityRepository<>));

        var workContext = new Mock<IWorkContext>();
        workContext.Setup(context => context.GetCurrentCustomerAsync()).ReturnsAsync(currentCustomer);
        workContext.Setup(context => context.GetCurrentVendorAsync()).ReturnsAsync((Vendor)null);
        workContext.Setup(context => context.GetWorkingLanguageAsync()).ReturnsAsync(new Language { Id = 1, Name = "English", LanguageCulture = "en-US" });
        services.AddSingleton(workContext.Object);

        var settings = new Mock<ISettingService>();
        settings.Setup(service => service.LoadSettingAsync<MerchantOpsSettings>(It.IsAny<int>())).ReturnsAsync(() => new MerchantOpsSettings());
        // the planner's store time zone (nopCommerce's "default store time zone" setting, served from its settings cache)
        settings.Setup(service => service.GetSettingByKeyAsync(PlannerTimeZones.StoreTimeZoneSettingKey, It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync(BenchTimeZone);
        services.AddSingleton(settings.Object);

        var customers = database.Repository<Customer>(cacheManager);
        var customerService = new Mock<ICustomerService>();
        customerService.Setup(service => service.GetCustomerByIdAsync(It.IsAny<int>())).Returns((int id) => customers.GetByIdAsync(id));
        customerService.Setup(service => service.GetCustomerFullNameAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => $"{customer.FirstName} {customer.LastName}".Trim());
        services.AddSingleton(customerService.Object);

        // As nopCommerce finds a combination: among the product's combinations, read once per product through the
        // static cache (ProductAttributeService.GetAllProductAttributeCombinationsAsync); here compared as text.
        var combinations = database.Repository<ProductAttributeCombination>(cacheManager);
        var parser = new Mock<IProductAttributeParser>();
        parser.Setup(service => service.FindProductAttributeCombinationAsync(It.IsAny<Product>(), It.IsAny<string>(), It.IsAny<bool>()))
            .Returns(async (Product product, string attributesXml, bool _) => string.IsNullOrEmpty(attributesXml)
                ? null
                : (await combinations.GetAllAsync(query => query.Where(combination => combination.ProductId == product.Id).OrderBy(combination => combination.Id),
                    cache => cache.PrepareKeyForDefaultCache(_combinationsByProduct, product.Id)))
                .FirstOrDefault(combination => combination.AttributesXml == attributesXml));
        services.AddSingleton(parser.Object);

        var texts = EnglishResources();
        var localization = new Mock<ILocalizationService>();
        localization.Setup(service => service.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => texts.TryGetValue(key, out var text) ? text : key);
        services.AddSingleton(localization.Object);

        var dates = new Mock<IDateTimeHelper>();
        dates.Setup(helper => helper.ConvertToUserTimeAsync(It.IsAny<DateTime>(), It.IsAny<DateTimeKind>())).ReturnsAsync((DateTime time, DateTimeKind _) => time);
        services.AddSingleton(dates.Object);

        var stores = database.Repository<Store>(cacheManager);
        var storeService = new Mock<IStoreService>();
        storeService.Setup(service => service.GetStoreByIdAsync(It.IsAny<int>())).Returns((int id) => stores.GetByIdAsync(id));
        services.AddSingleton(storeService.Object);

        var packing = new PermissionRecord { Id = 1, Name = "Packing", SystemName = MerchantOpsDefaults.Permissions.Packing, Category = "Orders" };
        var administrators = database.Repository<CustomerRole>(cacheManager).Table
            .First(role => role.SystemName == NopCustomerDefaults.AdministratorsRoleName);
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(service => service.GetAllPermissionRecordsAsync()).ReturnsAsync(new List<PermissionRecord> { packing });
        permissions.Setup(service => service.GetMappingByPermissionRecordIdAsync(packing.Id)).ReturnsAsync(new List<PermissionRecordCustomerRoleMapping>
        {
            new() { PermissionRecordId = packing.Id, CustomerRoleId = administrators.Id }
        });
        // the planner's checks (Planner, and the screens of the live counts): the administrator holds every permission
        permissions.Setup(service => service.AuthorizeAsync(It.IsAny<string>(), It.IsAny<Customer>())).ReturnsAsync(true);
        permissions.Setup(service => service.AuthorizeAsync(It.IsAny<string>())).ReturnsAsync(true);
        services.AddSingleton(permissions.Object);

        // money as nopCommerce formats the primary store currency (US Dollar, en-US); the request's path base (none)
        services.AddSingleton(new CurrencySettings { PrimaryStoreCurrencyId = 1 });
        services.AddSingleton<ICurrencyService, FakeCurrencyService>();
        services.AddSingleton<IPriceFormatter, FakePriceFormatter>();
        services.AddHttpContextAccessor();

        // a benchmark's own additions or replacements (the last registration of a service wins)
        configure?.Invoke(services);

        _provider = services.BuildServiceProvider();
        Scope = _provider.CreateScope();
    }

    /// <summary>One request's scope (the plugin's services are scoped).</summary>
    public IServiceScope Scope { get; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        Scope.Dispose();
        _provider.Dispose();
    }

    private static Dictionary<string, string> EnglishResources() =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Localization", "MerchantOps.en-US.xml")).Root!
            .Elements("LocaleResource")
            .ToDictionary(resource => (string)resource.Attribute("Name"), resource => (string)resource.Element("Value"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Empties the plugin's packing tables and restarts their identities (one transactional statement).</summary>
    public const string ResetPackingTablesSql = "TRUNCATE \"" + PackingTables.Batch + "\", \"" + PackingTables.BatchOrder + "\", \"" +
        PackingTables.BatchItem + "\", \"" + PackingTables.Event + "\" RESTART IDENTITY CASCADE";

    /// <summary>Empties the plugin's packing tables (batches claim orders: the queue must start whole).</summary>
    public static Task ResetPackingTablesAsync(BenchDatabase database) => database.ExecuteAsync(ResetPackingTablesSql);
}
