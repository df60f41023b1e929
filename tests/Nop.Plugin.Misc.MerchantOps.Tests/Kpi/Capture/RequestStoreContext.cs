using Nop.Core;
using Nop.Core.Domain.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi.Capture;

/// <summary>
/// The store of the storefront's requests, as nopCommerce's WebStoreContext gives it: found once (from the cached store
/// list) and kept for the request, so asking again costs no database call (the data apps' RepositoryStores queries each time).
/// </summary>
public sealed class RequestStoreContext : IStoreContext
{
    private readonly Store _store;

    public RequestStoreContext(Store store)
    {
        _store = store;
    }

    public Task<Store> GetCurrentStoreAsync() => Task.FromResult(_store);

    public Store GetCurrentStore() => _store;

    public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(0);
}
