using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// nopCommerce's IStoreService and IStoreContext over the store rows: the current store is the first one (lowest id),
/// the admin's store scope is "all stores" (0).
/// </summary>
public class RepositoryStores : IStoreService, IStoreContext
{
    private readonly IRepository<Store> _stores;

    public RepositoryStores(IRepository<Store> stores)
    {
        _stores = stores;
    }

    public Task<Store> GetStoreByIdAsync(int storeId) => _stores.GetByIdAsync(storeId);

    public async Task<IList<Store>> GetAllStoresAsync() => await _stores.Table.OrderBy(s => s.Id).ToListAsync();

    public async Task<Store> GetCurrentStoreAsync() => await _stores.Table.OrderBy(s => s.Id).FirstOrDefaultAsync(s => s.Id > 0);

    public Store GetCurrentStore() => GetCurrentStoreAsync().GetAwaiter().GetResult();

    public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(0);
}
