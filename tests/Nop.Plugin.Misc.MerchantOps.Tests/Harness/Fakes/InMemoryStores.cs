using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>The stores of the host (one by default) and the current one; singleton, tests add stores or change the scope.</summary>
public sealed class InMemoryStores : IStoreContext, IStoreService
{
    public List<Store> Stores { get; } = new()
    {
        new Store { Id = 1, Name = "Test store", Url = "http://127.0.0.1/", DefaultTitle = "Test store", DisplayOrder = 1 }
    };

    public int CurrentStoreId { get; set; } = 1;

    /// <summary>The admin's store scope on settings pages: 0 = all stores.</summary>
    public int ActiveStoreScopeConfiguration { get; set; }

    public Store AddStore(string name)
    {
        var store = new Store { Id = Stores.Max(s => s.Id) + 1, Name = name, Url = $"http://{name.ToLowerInvariant().Replace(' ', '-')}.example/", DisplayOrder = Stores.Count + 1 };
        Stores.Add(store);
        return store;
    }

    public Store GetCurrentStore() => Stores.First(store => store.Id == CurrentStoreId);

    public Task<Store> GetCurrentStoreAsync() => Task.FromResult(GetCurrentStore());

    public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(Stores.Count < 2 ? 0 : ActiveStoreScopeConfiguration);

    public Task<IList<Store>> GetAllStoresAsync() => Task.FromResult<IList<Store>>(Stores.OrderBy(store => store.DisplayOrder).ToList());

    public Task<Store> GetStoreByIdAsync(int storeId) => Task.FromResult(Stores.FirstOrDefault(store => store.Id == storeId));
}
