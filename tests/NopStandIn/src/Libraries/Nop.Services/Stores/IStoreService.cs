using Nop.Core.Domain.Stores;

namespace Nop.Services.Stores;

// Real source: src/Libraries/Nop.Services/Stores/IStoreService.cs (subset)
public partial interface IStoreService
{
    Task<IList<Store>> GetAllStoresAsync();
    Task<Store> GetStoreByIdAsync(int storeId);
}
