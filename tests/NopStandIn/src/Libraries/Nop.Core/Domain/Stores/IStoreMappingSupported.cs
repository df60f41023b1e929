namespace Nop.Core.Domain.Stores;

// Real source: src/Libraries/Nop.Core/Domain/Stores/IStoreMappingSupported.cs
public partial interface IStoreMappingSupported
{
    bool LimitedToStores { get; set; }
}
