using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// A store for the reply screens, built on the <see cref="StoreBuilder"/>: the plugin's schema, English (1) and
/// French (2), an email account, a member of staff, and builders for customers, orders (with a shipment) and
/// replies, written as rows.
/// </summary>
public sealed class ReplyStore : StoreBuilder
{
    public const int English = 1;
    public const int French = 2;

    private ReplyStore(TestDatabase database) : base(database)
    {
    }

    public Customer Staff { get; private set; }
    public EmailAccount EmailAccount { get; private set; }

    public static async Task<ReplyStore> CreateAsync(TestDatabase database, bool withEmailAccount = true)
    {
        await database.InstallPluginSchemaAsync();
        var store = new ReplyStore(database);
        await store.LanguageAsync(StoreData.English());
        await store.LanguageAsync(StoreData.French());
        if (withEmailAccount)
            store.EmailAccount = await store.EmailAccountAsync(account => (account.Email, account.DisplayName, account.Host, account.Port, account.MaxNumberOfEmails) =
                ("shop@example.com", "Test store", "smtp.example.com", 587, 50));
        store.Staff = await store.CustomerAsync("agent@example.com", "Sam", "Support", English);
        return store;
    }

    public async Task<Customer> CustomerAsync(string email, string firstName = "Camille", string lastName = "Martin", int? languageId = French) =>
        (await CustomerWithAddressAsync(email,
            customer => (customer.FirstName, customer.LastName, customer.LanguageId) = (firstName, lastName, languageId),
            address => (address.FirstName, address.LastName, address.Email) = (firstName, lastName, email))).Customer;

    /// <summary>An order of the customer with one mug, and a shipment with a tracking number when asked.</summary>
    public async Task<Order> OrderAsync(Customer customer, string trackingNumber = null, int vendorId = 0)
    {
        var product = await ProductAsync($"MUG-{Guid.NewGuid():N}"[..12], p => (p.Name, p.VendorId) = ("Mug", vendorId));
        var address = await Database.Repository<Address>().GetByIdAsync(customer.BillingAddressId);
        var order = await OrderAsync(customer, address, o => o.CustomerLanguageId = customer.LanguageId ?? English, new OrderLine(product, 1));

        if (trackingNumber != null)
            await ShipmentAsync(order, trackingNumber, StoreData.Now, withFirstItem: false);

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
    public Task<List<QueuedEmail>> EmailsAsync() => QueuedEmailsAsync();
    public Task<List<CannedReplySend>> SendsAsync() => Database.Repository<CannedReplySend>().Table.OrderBy(send => send.Id).ToListAsync();
}
