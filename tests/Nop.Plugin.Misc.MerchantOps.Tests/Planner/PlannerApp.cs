using Moq;
using Nop.Core;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.NopFakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing;
using Nop.Services.Security;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>
/// The planner services of one application instance over a test database, wired as PlannerStartup registers them
/// (to be replaced by the harness's StoreApp when it lands). nopCommerce's settings are real rows (the store's time
/// zone is nopCommerce's setting); permissions: the customers in <see cref="PlannerUsers"/> hold Planner. A second
/// instance (<c>anotherInstance</c>) has its own repositories, cache and events.
/// </summary>
public sealed class PlannerApp
{
    private readonly TestDatabase _database;
    private readonly bool _anotherInstance;

    public PlannerApp(TestDatabase database, TestClock clock, bool anotherInstance = false)
    {
        _database = database;
        _anotherInstance = anotherInstance;
        Clock = clock;

        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(It.IsAny<int>())).Returns((int id) => Repo<Store>().GetByIdAsync(id));
        stores.Setup(s => s.GetAllStoresAsync()).Returns(async () => await Repo<Store>().Table.OrderBy(s => s.Id).ToListAsync());

        var permissions = new Mock<IPermissionService>();
        permissions.Setup(p => p.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner, It.IsAny<Customer>()))
            .Returns((string _, Customer c) => Task.FromResult(PlannerUsers.Contains(c.Id)));

        var settings = new RepositorySettingService(Repo<Setting>());
        var actor = new PlannerActor(Context);
        var zones = new PlannerTimeZones(settings);
        var reader = new PlannerOccurrenceReader(new PlannerBlockQuery(Repo<PlannerBlock>(), Repo<PlannerOccurrenceCompletion>(), Repo<PlannerOccurrenceException>()));
        Occurrences = new PlannerOccurrenceService(actor, Repo<PlannerBlock>(), clock, Repo<PlannerOccurrenceCompletion>(), Repo<PlannerOccurrenceException>(),
            reader, zones);
        Blocks = new PlannerBlockService(actor, new PlannerAssignees(Repo<Customer>(), permissions.Object), Repo<PlannerBlock>(), clock,
            Repo<PlannerOccurrenceCompletion>(), Repo<PlannerOccurrenceException>(), Occurrences, reader, stores.Object, zones);
        Routine = new PlannerRoutineService(actor, Repo<PlannerBlock>(), clock, database.DataProvider, Repo<PlannerRoutineSeed>(), stores.Object, zones);
        Feed = new PlannerFeedService(actor, Repo<PlannerBlock>(), clock, Repo<Customer>(), Repo<PlannerOccurrenceException>(), Repo<PlannerFeedSecret>(),
            permissions.Object, stores.Object, zones);
        Settings = settings;
    }

    public TestClock Clock { get; }
    public PackerContext Context { get; } = new();
    public HashSet<int> PlannerUsers { get; } = [];
    public RepositorySettingService Settings { get; }

    public IPlannerBlockService Blocks { get; }
    public IPlannerOccurrenceService Occurrences { get; }
    public IPlannerRoutineService Routine { get; }
    public IPlannerFeedService Feed { get; }

    /// <summary>Signs a staff member in (and their vendor, if any).</summary>
    public PlannerApp As(Customer staff, int vendorId = 0)
    {
        Context.Customer = staff;
        Context.Vendor = vendorId == 0 ? null : new Nop.Core.Domain.Vendors.Vendor { Id = vendorId, Name = $"Vendor {vendorId}", Active = true };
        PlannerUsers.Add(staff.Id);
        return this;
    }

    public IRepository<T> Repo<T>() where T : BaseEntity =>
        _anotherInstance ? _database.RepositoryOfAnotherInstance<T>() : _database.Repository<T>();
}
