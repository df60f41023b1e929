using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Vendors;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>
/// The plugin's services as nopCommerce composes them: the plugin's own <see cref="NopStartup"/> registrations over the
/// stand-in's data layer (repositories over the bench database, the bench cache, no event consumers), with the
/// nopCommerce services they call answered the simple way: the current customer is the store's administrator
/// (admin@merchantops.bench, no vendor), settings are the defaults of a fresh install, customers come from the database,
/// and attribute combinations are found by their AttributesXml.
/// </summary>
public sealed class PluginServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public PluginServices(BenchDatabase database, IStaticCacheManager cacheManager, Customer currentCustomer)
    {
        var services = new ServiceCollection();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());

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
        services.AddSingleton(settings.Object);

        var customers = database.Repository<Customer>(cacheManager);
        var customerService = new Mock<ICustomerService>();
        customerService.Setup(service => service.GetCustomerByIdAsync(It.IsAny<int>())).Returns((int id) => customers.GetByIdAsync(id));
        customerService.Setup(service => service.GetCustomerFullNameAsync(It.IsAny<Customer>()))
            .ReturnsAsync((Customer customer) => $"{customer.FirstName} {customer.LastName}".Trim());
        services.AddSingleton(customerService.Object);

        var combinations = database.Repository<ProductAttributeCombination>(cacheManager);
        var parser = new Mock<IProductAttributeParser>();
        parser.Setup(service => service.FindProductAttributeCombinationAsync(It.IsAny<Product>(), It.IsAny<string>(), It.IsAny<bool>()))
            .Returns((Product product, string attributesXml, bool _) => string.IsNullOrEmpty(attributesXml)
                ? Task.FromResult<ProductAttributeCombination>(null)
                : combinations.Table.FirstOrDefaultAsync(combination => combination.ProductId == product.Id && combination.AttributesXml == attributesXml));
        services.AddSingleton(parser.Object);

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

    /// <summary>Empties the plugin's packing tables (batches claim orders: the queue must start whole).</summary>
    public static async Task ResetPackingTablesAsync(BenchDatabase database)
    {
        var tables = await database.ScalarAsync<string>(
            "SELECT string_agg(format('%I', table_name), ', ') FROM information_schema.tables " +
            "WHERE table_schema = 'public' AND table_name LIKE 'MerchantOpsPacking%'");
        if (!string.IsNullOrEmpty(tables))
            await database.ExecuteAsync($"TRUNCATE {tables} RESTART IDENTITY CASCADE");
    }
}
