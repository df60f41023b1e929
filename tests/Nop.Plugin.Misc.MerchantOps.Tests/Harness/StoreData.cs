using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness;

/// <summary>
/// Store rows as a store would have them (required columns filled), not inserted, so tests say only what matters
/// to them; <see cref="StoreBuilder"/> inserts them with their foreign keys satisfied.
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

    public static Language English() => new() { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 };

    public static Language French() => new() { Name = "Français", LanguageCulture = "fr-FR", UniqueSeoCode = "fr", Published = true, DisplayOrder = 2 };

    /// <summary>The shop's SMTP account (nopCommerce sends every email from one).</summary>
    public static EmailAccount EmailAccount() => new()
    {
        Email = "shop@shop.test",
        DisplayName = "Tea & Mugs",
        Host = "smtp.shop.test",
        Port = 25,
        Username = "shop",
        Password = "secret"
    };
}
