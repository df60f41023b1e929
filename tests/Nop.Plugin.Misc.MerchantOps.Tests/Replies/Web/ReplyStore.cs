using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// A store for the reply screens: the plugin's schema, English (1) and French (2), an email account, a member of
/// staff, and builders for customers, orders (with a shipment) and replies, written as rows.
/// </summary>
public sealed class ReplyStore
{
    public const int English = 1;
    public const int French = 2;

    private ReplyStore(TestDatabase database)
    {
        Database = database;
    }

    public TestDatabase Database { get; }
    public Customer Staff { get; private set; }
    public EmailAccount EmailAccount { get; private set; }

    public static async Task<ReplyStore> CreateAsync(TestDatabase database, bool withEmailAccount = true)
    {
        await database.InstallPluginSchemaAsync();
        var store = new ReplyStore(database);
        await database.Repository<Language>().InsertAsync(TestLanguages.English());
        await database.Repository<Language>().InsertAsync(TestLanguages.French());
        if (withEmailAccount)
        {
            store.EmailAccount = new EmailAccount { Email = "shop@example.com", DisplayName = "Test store", Host = "smtp.example.com", Port = 587, Username = "shop", Password = "secret", MaxNumberOfEmails = 50 };
            await database.Repository<EmailAccount>().InsertAsync(store.EmailAccount);
        }
        store.Staff = await store.CustomerAsync("agent@example.com", "Sam", "Support", English);
        return store;
    }

    public async Task<Customer> CustomerAsync(string email, string firstName = "Camille", string lastName = "Martin", int? languageId = French)
    {
        var address = StoreData.Address();
        (address.FirstName, address.LastName, address.Email) = (firstName, lastName, email);
        await Database.Repository<Address>().InsertAsync(address);

        var customer = StoreData.Customer(email);
        (customer.FirstName, customer.LastName, customer.LanguageId) = (firstName, lastName, languageId);
        customer.BillingAddressId = customer.ShippingAddressId = address.Id;
        await Database.Repository<Customer>().InsertAsync(customer);
        return customer;
    }

    /// <summary>An order of the customer with one mug, and a shipment with a tracking number when asked.</summary>
    public async Task<Order> OrderAsync(Customer customer, string trackingNumber = null, int vendorId = 0)
    {
        var product = StoreData.Product($"MUG-{Guid.NewGuid():N}"[..12], "Mug");
        product.VendorId = vendorId;
        await Database.Repository<Product>().InsertAsync(product);
        var address = await Database.Repository<Address>().GetByIdAsync(customer.BillingAddressId);
        var order = await Database.InsertOrderAsync(customer, address, (product, 1));
        order.CustomerLanguageId = customer.LanguageId ?? English;
        await Database.Repository<Order>().UpdateAsync(order);

        if (trackingNumber != null)
        {
            var shipment = new Shipment { OrderId = order.Id, TrackingNumber = trackingNumber, CreatedOnUtc = StoreData.Now, ShippedDateUtc = StoreData.Now };
            await Database.Repository<Shipment>().InsertAsync(shipment);
        }

        return order;
    }

    public async Task<CannedReply> ReplyAsync(string title, string shortcut, string body, int languageId = 0, string subject = null,
        string category = "Delivery", bool active = true)
    {
        var reply = new CannedReply
        {
            Title = title,
            Category = category,
            Shortcut = shortcut,
            Subject = subject ?? title,
            Body = body,
            LanguageId = languageId,
            StoreId = 0,
            Active = active,
            CreatedOnUtc = StoreData.Now,
            UpdatedOnUtc = StoreData.Now
        };
        reply.RefreshShortcutKey();
        await Database.Repository<CannedReply>().InsertAsync(reply);
        return reply;
    }

    public Task<List<CannedReply>> RepliesAsync() => Database.Repository<CannedReply>().Table.OrderBy(reply => reply.Id).ToListAsync();
    public Task<List<QueuedEmail>> EmailsAsync() => Database.Repository<QueuedEmail>().Table.OrderBy(email => email.Id).ToListAsync();
    public Task<List<OrderNote>> NotesAsync(int orderId) => Database.Repository<OrderNote>().Table.Where(note => note.OrderId == orderId).OrderBy(note => note.Id).ToListAsync();
    public Task<List<CannedReplySend>> SendsAsync() => Database.Repository<CannedReplySend>().Table.OrderBy(send => send.Id).ToListAsync();
}
