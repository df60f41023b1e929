using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner;

/// <summary>
/// The planner services of one application instance (<see cref="StoreApp"/>: registered by PlannerStartup, resolved
/// from the app's container). nopCommerce's settings and stores are real rows (the store's time zone is nopCommerce's
/// setting). Who holds the Planner permission is <see cref="PlannerUsers"/> (nopCommerce's role mapping is not what is
/// tested here). A second instance (<c>anotherInstance</c>) has its own repositories, cache and events.
/// </summary>
public sealed class PlannerApp
{
    public PlannerApp(TestDatabase database, TestClock clock, bool anotherInstance = false)
    {
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(p => p.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner, It.IsAny<Customer>()))
            .Returns((string _, Customer c) => Task.FromResult(c != null && PlannerUsers.Contains(c.Id)));
        StoreApp = new StoreApp(database, clock, anotherInstance, replace: services => services.AddSingleton(permissions.Object));
    }

    /// <summary>The application instance the planner services come from.</summary>
    public StoreApp StoreApp { get; }

    public TestClock Clock => StoreApp.Clock;
    public StaffWorkContext Context => StoreApp.Context;
    public HashSet<int> PlannerUsers { get; } = [];
    public RepositorySettingService Settings => StoreApp.Get<RepositorySettingService>();

    public IPlannerBlockService Blocks => StoreApp.Get<IPlannerBlockService>();
    public IPlannerOccurrenceService Occurrences => StoreApp.Get<IPlannerOccurrenceService>();
    public IPlannerRoutineService Routine => StoreApp.Get<IPlannerRoutineService>();
    public IPlannerFeedService Feed => StoreApp.Get<IPlannerFeedService>();

    /// <summary>Signs a staff member in (and their vendor, if any); they hold the Planner permission.</summary>
    public PlannerApp As(Customer staff, int vendorId = 0)
    {
        StoreApp.As(staff, vendorId);
        PlannerUsers.Add(staff.Id);
        return this;
    }

    public IRepository<T> Repo<T>() where T : BaseEntity => StoreApp.Repo<T>();
}
