using Nop.Core.Domain.Stores;

namespace Nop.Core;

// Real source: src/Libraries/Nop.Core/IStoreContext.cs
public partial interface IStoreContext
{
    Task<Store> GetCurrentStoreAsync();
    Store GetCurrentStore();
    Task<int> GetActiveStoreScopeConfigurationAsync();
}
