using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Store rows as a store would have them (required columns filled, foreign keys satisfied), so data tests
/// say only what matters to them.
/// </summary>
public static class StoreData
{
    public static readonly DateTime Now = new(2025, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    public static Customer Customer(string email = "customer@example.com") => new()
    {
        Email = email,
        Username = email,
        FirstName = "Camille",
        LastName = "Martin",
        Active = true,
        CreatedOnUtc = Now,
        LastActivityDateUtc = Now,
        RegisteredInStoreId = 1
    };

    public static Address Address() => new()
    {
        FirstName = "Camille",
        LastName = "Martin",
        Email = "customer@example.com",
        City = "Lyon",
        Address1 = "12 rue de la République",
        ZipPostalCode = "69002",
        PhoneNumber = "+33 4 00 00 00 00",
        CreatedOnUtc = Now
    };

    public static Product Product(string sku, string name = null, int stockQuantity = 10) => new()
    {
        Name = name ?? $"Product {sku}",
        Sku = sku,
        ProductType = ProductType.SimpleProduct,
        VisibleIndividually = true,
        Published = true,
        IsShipEnabled = true,
        ManageInventoryMethod = ManageInventoryMethod.ManageStock,
        StockQuantity = stockQuantity,
        OrderMinimumQuantity = 1,
        OrderMaximumQuantity = 10000,
        Price = 19.90m,
        CreatedOnUtc = Now,
        UpdatedOnUtc = Now
    };

    public static Order Order(int customerId, int billingAddressId, int? shippingAddressId = null) => new()
    {
        OrderGuid = Guid.NewGuid(),
        StoreId = 1,
        CustomerId = customerId,
        BillingAddressId = billingAddressId,
        ShippingAddressId = shippingAddressId ?? billingAddressId,
        OrderStatus = OrderStatus.Processing,
        PaymentStatus = PaymentStatus.Paid,
        ShippingStatus = ShippingStatus.NotYetShipped,
        PaymentMethodSystemName = "Payments.CheckMoneyOrder",
        CustomerCurrencyCode = "EUR",
        CurrencyRate = 1m,
        ShippingMethod = "Colissimo",
        CustomOrderNumber = string.Empty,
        CreatedOnUtc = Now,
        PaidDateUtc = Now
    };

    public static OrderItem OrderItem(int orderId, Product product, int quantity) => new()
    {
        OrderItemGuid = Guid.NewGuid(),
        OrderId = orderId,
        ProductId = product.Id,
        Quantity = quantity,
        UnitPriceInclTax = product.Price,
        UnitPriceExclTax = product.Price,
        PriceInclTax = product.Price * quantity,
        PriceExclTax = product.Price * quantity
    };

    /// <summary>Inserts a customer with a billing address (what an order needs first).</summary>
    public static async Task<(Customer Customer, Address Address)> InsertCustomerAsync(this TestDatabase database, string email = "customer@example.com")
    {
        var address = Address();
        await database.Repository<Address>().InsertAsync(address);

        var customer = Customer(email);
        customer.BillingAddressId = address.Id;
        customer.ShippingAddressId = address.Id;
        await database.Repository<Customer>().InsertAsync(customer);

        return (customer, address);
    }

    /// <summary>Inserts an order of the customer with one item per line; CustomOrderNumber becomes the order id, as in a store.</summary>
    public static async Task<Order> InsertOrderAsync(this TestDatabase database, Customer customer, Address address,
        params (Product Product, int Quantity)[] lines)
    {
        var order = Order(customer.Id, address.Id);
        order.OrderSubtotalInclTax = order.OrderSubtotalExclTax = order.OrderTotal =
            lines.Sum(line => line.Product.Price * line.Quantity);
        await database.Repository<Order>().InsertAsync(order);

        order.CustomOrderNumber = order.Id.ToString();
        await database.Repository<Order>().UpdateAsync(order);

        foreach (var (product, quantity) in lines)
            await database.Repository<OrderItem>().InsertAsync(OrderItem(order.Id, product, quantity));

        return order;
    }
}
