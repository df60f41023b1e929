using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies;

/// <summary>
/// A store for reply tests: English (default) and French languages, a store, an email account, France, a product
/// with a French name, an English customer and a French one, the plugin's schema, and a staff member signed in.
/// </summary>
public sealed class RepliesScenario
{
    private RepliesScenario(TestDatabase database)
    {
        Database = database;
        Clock = new TestClock(StoreData.Now);
        App = new RepliesApp(database, Clock);
    }

    public TestDatabase Database { get; }
    public TestClock Clock { get; }
    public RepliesApp App { get; }

    public Language English { get; private set; }
    public Language French { get; private set; }
    public Store Store { get; private set; }
    public EmailAccount EmailAccount { get; private set; }
    public Country France { get; private set; }
    public Product Mug { get; private set; }
    public Customer Staff { get; private set; }

    public RepliesApp AnotherInstance(InjectedFaults faults = null)
    {
        var app = new RepliesApp(Database, Clock, anotherInstance: true, faults);
        app.EmailAccountSettings.DefaultEmailAccountId = App.EmailAccountSettings.DefaultEmailAccountId;
        return app.As(Staff);
    }

    public static async Task<RepliesScenario> CreateAsync(TestDatabase database, bool withEmailAccount = true)
    {
        await database.InstallPluginSchemaAsync();
        var scenario = new RepliesScenario(database);
        await scenario.SeedStoreAsync(withEmailAccount);
        return scenario;
    }

    private async Task SeedStoreAsync(bool withEmailAccount)
    {
        English = new Language { Name = "English", LanguageCulture = "en-US", UniqueSeoCode = "en", Published = true, DisplayOrder = 1 };
        French = new Language { Name = "Français", LanguageCulture = "fr-FR", UniqueSeoCode = "fr", Published = true, DisplayOrder = 2 };
        await Database.Repository<Language>().InsertAsync(new List<Language> { English, French });

        Store = new Store { Name = "Tea & Mugs", Url = "https://shop.test/", Hosts = "shop.test", DefaultLanguageId = English.Id, CompanyName = "Tea & Mugs Ltd", CompanyAddress = "1 High Street" };
        await Database.Repository<Store>().InsertAsync(Store);

        if (withEmailAccount)
        {
            EmailAccount = new EmailAccount { Email = "shop@shop.test", DisplayName = "Tea & Mugs", Host = "smtp.shop.test", Port = 25, Username = "shop", Password = "secret" };
            await Database.Repository<EmailAccount>().InsertAsync(EmailAccount);
            App.EmailAccountSettings.DefaultEmailAccountId = EmailAccount.Id;
        }

        France = new Country { Name = "France", TwoLetterIsoCode = "FR", ThreeLetterIsoCode = "FRA", Published = true, AllowsBilling = true, AllowsShipping = true };
        await Database.Repository<Country>().InsertAsync(France);

        Mug = StoreData.Product("MUG-01", "Blue mug");
        await Database.Repository<Product>().InsertAsync(Mug);
        await Database.Repository<LocalizedProperty>().InsertAsync(new LocalizedProperty
        {
            EntityId = Mug.Id, LanguageId = French.Id, LocaleKeyGroup = nameof(Product), LocaleKey = nameof(Product.Name), LocaleValue = "Tasse bleue"
        });

        Staff = StoreData.Customer("agent@shop.test");
        (Staff.FirstName, Staff.LastName) = ("Sam", "Support");
        await Database.Repository<Customer>().InsertAsync(Staff);
        App.As(Staff);
    }

    /// <summary>A customer with a billing address in France; language null = none chosen.</summary>
    public async Task<(Customer Customer, Address Address)> CustomerAsync(string email, string firstName, string lastName, Language language)
    {
        var address = StoreData.Address();
        (address.FirstName, address.LastName, address.Email, address.CountryId) = (firstName, lastName, email, France.Id);
        await Database.Repository<Address>().InsertAsync(address);

        var customer = StoreData.Customer(email);
        (customer.FirstName, customer.LastName, customer.LanguageId) = (firstName, lastName, language?.Id);
        customer.Username = email;
        customer.BillingAddressId = customer.ShippingAddressId = address.Id;
        await Database.Repository<Customer>().InsertAsync(customer);
        return (customer, address);
    }

    public async Task<Order> OrderAsync(Customer customer, Address address, int quantity = 2)
    {
        var order = await Database.InsertOrderAsync(customer, address, (Mug, quantity));
        order.StoreId = Store.Id;
        order.CustomerLanguageId = customer.LanguageId ?? English.Id;
        await Database.Repository<Order>().UpdateAsync(order);
        return order;
    }

    public async Task<Shipment> ShipmentAsync(Order order, string trackingNumber, DateTime createdOnUtc)
    {
        var shipment = new Shipment { OrderId = order.Id, TrackingNumber = trackingNumber, CreatedOnUtc = createdOnUtc, ShippedDateUtc = createdOnUtc };
        await Database.Repository<Shipment>().InsertAsync(shipment);
        var item = await Database.Repository<OrderItem>().Table.FirstAsync(i => i.OrderId == order.Id);
        await Database.Repository<ShipmentItem>().InsertAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = item.Quantity });
        return shipment;
    }

    public async Task<CannedReply> ReplyAsync(string title, string shortcut, string subject, string body, int languageId = 0, string seedKey = null)
    {
        var result = await App.Library.SaveAsync(new CannedReplyInput
        {
            Title = title, Shortcut = shortcut, Subject = subject, Body = body, LanguageId = languageId, Active = true
        });
        if (!result.Succeeded)
            throw new InvalidOperationException("Reply refused: " + string.Join(", ", result.Errors.Select(e => e.ResourceKey)));

        var reply = await App.Library.GetByIdAsync(result.ReplyId);
        if (seedKey != null)
        {
            reply.SeedKey = seedKey;
            await Database.Repository<CannedReply>().UpdateAsync(reply);
        }
        return reply;
    }
}
