using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
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
/// A store for reply tests, built on the <see cref="StoreBuilder"/>: English (default) and French languages, a store,
/// an email account, France, a product with a French name, the plugin's schema, a staff member signed in, and
/// customers in France with orders of that product.
/// </summary>
public sealed class RepliesScenario : StoreBuilder
{
    private RepliesScenario(TestDatabase database) : base(database)
    {
        Clock = new TestClock(StoreData.Now);
        App = new RepliesApp(database, Clock);
    }

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
        English = await LanguageAsync(StoreData.English());
        French = await LanguageAsync(StoreData.French());
        Store = await StoreAsync(store => store.DefaultLanguageId = English.Id);

        if (withEmailAccount)
        {
            EmailAccount = await EmailAccountAsync();
            App.EmailAccountSettings.DefaultEmailAccountId = EmailAccount.Id;
        }

        France = await CountryAsync("France", "FR", country => (country.ThreeLetterIsoCode, country.AllowsBilling) = ("FRA", true));

        Mug = await ProductAsync("MUG-01", product => product.Name = "Blue mug");
        await LocalizedNameAsync(Mug, French, "Tasse bleue");

        Staff = await CustomerAsync("agent@shop.test", staff => (staff.FirstName, staff.LastName) = ("Sam", "Support"));
        App.As(Staff);
    }

    /// <summary>A customer with a billing address in France; language null = none chosen.</summary>
    public Task<(Customer Customer, Address Address)> CustomerAsync(string email, string firstName, string lastName, Language language) =>
        CustomerWithAddressAsync(email,
            customer => (customer.FirstName, customer.LastName, customer.LanguageId) = (firstName, lastName, language?.Id),
            address => (address.FirstName, address.LastName, address.Email, address.CountryId) = (firstName, lastName, email, France.Id));

    /// <summary>An order of <paramref name="quantity"/> mugs in the store, in the customer's language (English when none).</summary>
    public Task<Order> OrderAsync(Customer customer, Address address, int quantity = 2) =>
        OrderAsync(customer, address, order =>
        {
            order.StoreId = Store.Id;
            order.CustomerLanguageId = customer.LanguageId ?? English.Id;
        }, new OrderLine(Mug, quantity));

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
