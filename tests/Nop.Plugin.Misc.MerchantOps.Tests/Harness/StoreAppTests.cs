using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// The app of data tests serves whatever a feature's startup registers: a new feature's services reach its tests
/// without an edit to the harness, unless they need a nopCommerce service no fake stands for yet (then this test
/// names it).
/// </summary>
[TestFixture(DatabaseEngine.Sqlite)]
public class StoreAppTests : DatabaseTestBase
{
    public StoreAppTests(DatabaseEngine engine) : base(engine)
    {
    }

    /// <summary>What the plugin's startups register, except the screens' model factories and display helpers (web host tests build those).</summary>
    private static IEnumerable<Type> ServicesOfTheStartups()
    {
        var services = new ServiceCollection();
        PluginRegistrations.AddStartups(services, new ConfigurationBuilder().Build());
        return services.Select(d => d.ServiceType)
            .Where(type => type.Namespace is { } ns && (ns.EndsWith(".Services") || ns.EndsWith(".Data")))
            .Distinct();
    }

    [Test]
    public void Every_service_and_consumer_a_feature_startup_registers_resolves_in_the_app()
    {
        var app = new StoreApp(Database, new TestClock(StoreData.Now));
        var services = ServicesOfTheStartups().ToList();
        Assert.That(services, Is.Not.Empty);

        var unresolved = new List<string>();
        foreach (var type in services)
            try
            {
                Assert.That(app.Get(type), Is.Not.Null);
            }
            catch (InvalidOperationException exception)
            {
                unresolved.Add($"{type.Name}: {exception.Message}");
            }

        var consumerTypes = PluginRegistrations.Types.SelectMany(type => type.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)).Distinct().ToList();
        foreach (var consumerType in consumerTypes)
            try
            {
                Assert.That(app.Get(typeof(IEnumerable<>).MakeGenericType(consumerType)), Is.Not.Empty);
            }
            catch (InvalidOperationException exception)
            {
                unresolved.Add($"{consumerType.Name}<{consumerType.GetGenericArguments()[0].Name}>: {exception.Message}");
            }

        Assert.That(unresolved, Is.Empty, "Register a fake of the nopCommerce service in StoreApp.AddNopServices:\n" + string.Join("\n", unresolved));
    }

    [Test]
    public void A_registration_made_after_the_startups_replaces_theirs()
    {
        var replacement = new ReplacedClock();
        var app = new StoreApp(Database, new TestClock(StoreData.Now), replace: services => services.AddSingleton<TimeProvider>(replacement));

        Assert.That(app.Get<TimeProvider>(), Is.SameAs(replacement));
    }

    [Test]
    public async Task A_second_instance_has_its_own_cache_and_events_over_the_same_rows()
    {
        await Database.InstallPluginSchemaAsync();
        var clock = new TestClock(StoreData.Now);
        var first = new StoreApp(Database, clock);
        var second = new StoreApp(Database, clock, anotherInstance: true);
        var eventsOfTheFirst = first.Events.Events.Count;

        var customer = StoreData.Customer("second@example.com");
        await second.Repo<Nop.Core.Domain.Customers.Customer>().InsertAsync(customer);

        Assert.That(await first.Repo<Nop.Core.Domain.Customers.Customer>().GetByIdAsync(customer.Id), Is.Not.Null);
        Assert.That(second.Events.Events, Has.Count.EqualTo(1));
        Assert.That(first.Events.Events, Has.Count.EqualTo(eventsOfTheFirst));
        Assert.That(second.Cache, Is.Not.SameAs(first.Cache));
        Assert.That(first.Events, Is.SameAs(Database.EventPublisher));
    }

    private sealed class ReplacedClock : TimeProvider
    {
    }
}
