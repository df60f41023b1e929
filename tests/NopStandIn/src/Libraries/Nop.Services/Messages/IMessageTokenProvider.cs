using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;

namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/IMessageTokenProvider.cs (subset: the members Merchant Ops calls)
// nopCommerce's AddStoreTokensAsync throws ArgumentNullException when emailAccount is null.
public partial interface IMessageTokenProvider
{
    Task AddStoreTokensAsync(IList<Token> tokens, Store store, EmailAccount emailAccount, int languageId);

    Task AddOrderTokensAsync(IList<Token> tokens, Order order, int languageId, int vendorId = 0);

    Task AddShipmentTokensAsync(IList<Token> tokens, Shipment shipment, int languageId);

    Task AddCustomerTokensAsync(IList<Token> tokens, int customerId);

    Task AddCustomerTokensAsync(IList<Token> tokens, Customer customer);

    /// <summary>Placeholders with their percent signs ("%Order.OrderNumber%"); null groups = every group.</summary>
    Task<IEnumerable<string>> GetListOfAllowedTokensAsync(IList<string> tokenGroups = null);
}
