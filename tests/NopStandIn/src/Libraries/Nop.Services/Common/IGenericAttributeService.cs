using Nop.Core;

namespace Nop.Services.Common;

// Real source: src/Libraries/Nop.Services/Common/IGenericAttributeService.cs
// Stand-in: only the members the plugin uses (a customer's own values, such as the state of a dashboard card).
public partial interface IGenericAttributeService
{
    Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0);

    Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default);
}
