using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Data;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Services;

/// <summary>
/// Abandoned carts, one SQL statement: registered customers (nopCommerce's "Registered" role; guests are left out, the
/// shop cannot reach them) whose shopping cart (not wishlist) in the store was last changed between
/// <see cref="KpiDashboardDefaults.AbandonedLookBackDays"/> days and <see cref="KpiDashboardDefaults.AbandonedAfterHours"/>
/// hours ago, and who placed no order in that store (not deleted) since that change. Value: quantity × the product's
/// current price. Bounded: the order look-up reads the orders of the look-back window only (nopCommerce's
/// IX_Order_CreatedOnUtc); the cart table (a few rows per customer) is read by type.
/// </summary>
public class KpiAbandonedCartQuery
{
    private readonly IRepository<ShoppingCartItem> _cartItems;
    private readonly IRepository<CustomerCustomerRoleMapping> _roleMappings;
    private readonly IRepository<CustomerRole> _roles;
    private readonly IRepository<Order> _orders;
    private readonly IRepository<Product> _products;

    public KpiAbandonedCartQuery(IRepository<ShoppingCartItem> cartItems,
        IRepository<CustomerCustomerRoleMapping> roleMappings,
        IRepository<CustomerRole> roles,
        IRepository<Order> orders,
        IRepository<Product> products)
    {
        _cartItems = cartItems;
        _roleMappings = roleMappings;
        _roles = roles;
        _orders = orders;
        _products = products;
    }

    public virtual async Task<(int Count, decimal Value)> CountAsync(int storeId, DateTime nowUtc)
    {
        var since = nowUtc.AddDays(-KpiDashboardDefaults.AbandonedLookBackDays);
        var before = nowUtc.AddHours(-KpiDashboardDefaults.AbandonedAfterHours);
        var cartType = (int)ShoppingCartType.ShoppingCart;
        var registered = NopCustomerDefaults.RegisteredRoleName;

        var carts = from item in _cartItems.Table
            join product in _products.Table on item.ProductId equals product.Id
            where item.StoreId == storeId && item.ShoppingCartTypeId == cartType
            group new { item.UpdatedOnUtc, Value = product.Price * item.Quantity } by item.CustomerId
            into cart
            select new { CustomerId = cart.Key, LastChange = cart.Max(line => line.UpdatedOnUtc), Value = cart.Sum(line => line.Value) };

        var abandoned = from cart in carts
            where cart.LastChange >= since && cart.LastChange < before
                && (from mapping in _roleMappings.Table
                    join role in _roles.Table on mapping.CustomerRoleId equals role.Id
                    where mapping.CustomerId == cart.CustomerId && role.SystemName == registered && role.Active
                    select mapping.Id).Any()
                && !_orders.Table.Any(order => order.CustomerId == cart.CustomerId && order.StoreId == storeId && !order.Deleted
                    && order.CreatedOnUtc >= since && order.CreatedOnUtc >= cart.LastChange)
            select cart;

        var total = await abandoned.GroupBy(cart => 1)
            .Select(all => new { Count = all.Count(), Value = all.Sum(cart => cart.Value) })
            .FirstOrDefaultAsync();
        return total == null ? (0, 0m) : (total.Count, total.Value);
    }
}
