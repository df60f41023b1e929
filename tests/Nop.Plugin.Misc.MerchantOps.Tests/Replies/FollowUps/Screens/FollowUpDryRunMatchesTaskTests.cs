using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Screens;

/// <summary>
/// The dry run page with the real finder, composer, links and sender (as the plugin's startups register them): the
/// customers it lists as going at the next run are exactly those the task then emails; the held and the not yet due get
/// nothing.
/// </summary>
public class FollowUpDryRunMatchesTaskTests
{
    private FollowUpWebHost _web;

    [SetUp]
    public async Task StartAsync() => _web = await FollowUpWebHost.StartAsync(realParts: true);

    [TearDown]
    public async Task StopAsync() => await _web.DisposeAsync();

    [Test]
    public async Task The_customers_the_dry_run_says_go_now_are_those_the_task_emails()
    {
        await FollowUpLinkSecretInstaller.EnsureSecretAsync(_web.Host.Settings);
        var registered = new CustomerRole { Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, Active = true };
        await _web.Database.Repository<CustomerRole>().InsertAsync(registered);
        var rule = await _web.RuleAsync(await _web.ReplyAsync(), "Reviews", FollowUpTrigger.ReviewRequest, delayHours: 7 * 24, active: true);

        async Task<Customer> DeliveredAsync(string email, TimeSpan deliveredAgo, bool isRegistered = true)
        {
            var customer = await _web.Store.CustomerAsync(email);
            if (isRegistered)
                await _web.Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(
                    new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = registered.Id });
            var order = await _web.Store.OrderAsync(customer, trackingNumber: "T-" + email);
            (order.PaymentStatus, order.OrderStatus, order.ShippingStatus) = (PaymentStatus.Paid, OrderStatus.Complete, ShippingStatus.Delivered);
            await _web.Database.Repository<Order>().UpdateAsync(order);
            var shipment = (await _web.Store.ShipmentsOfAsync(order)).Single();
            shipment.DeliveryDateUtc = FollowUpWebHost.Now - deliveredAgo;
            await _web.Database.Repository<Shipment>().UpdateAsync(shipment);
            return customer;
        }

        await DeliveredAsync("due1@example.com", TimeSpan.FromDays(7.5));
        await DeliveredAsync("due2@example.com", TimeSpan.FromDays(8));
        var optedOut = await DeliveredAsync("optedout@example.com", TimeSpan.FromDays(7.2));
        await _web.Database.Repository<FollowUpOptOut>().InsertAsync(new FollowUpOptOut { CustomerId = optedOut.Id, CreatedOnUtc = FollowUpWebHost.Now });
        await DeliveredAsync("notyet@example.com", TimeSpan.FromDays(6));
        await DeliveredAsync("guest@example.com", TimeSpan.FromDays(7.5), isRegistered: false);

        var html = await _web.GetPageAsync($"Admin/FollowUps/DryRun/{rule.Id}");
        var rows = Regex.Matches(Regex.Match(html, "<tbody>.*?</tbody>", RegexOptions.Singleline).Value, "<tr.*?</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(FollowUpWebHost.Text(m.Value), @"\s+", " ")).ToList();
        string EmailOf(string row) => Regex.Match(row, @"[\w.]+@example\.com").Value;
        var goingNow = rows.Where(row => row.Contains("goes at the next run", StringComparison.Ordinal)).Select(EmailOf).ToList();
        Assert.That(rows.Select(EmailOf), Is.EquivalentTo(new[] { "due1@example.com", "due2@example.com", "optedout@example.com" }),
            "listed: the due ones, the opted-out one as held; not the one not due yet, nor the guest");
        Assert.That(goingNow, Is.EquivalentTo(new[] { "due1@example.com", "due2@example.com" }));

        using (var scope = _web.Host.Services.CreateScope())
        {
            var summary = await scope.ServiceProvider.GetRequiredService<IFollowUpSender>().RunDueAsync();
            Assert.That((summary.Queued, summary.Failed), Is.EqualTo((2, 0)), string.Join("\n", _web.Host.Log.Errors));
        }

        var emails = await _web.Database.Repository<QueuedEmail>().Table.ToListAsync();
        Assert.That(emails.Select(email => email.To), Is.EquivalentTo(goingNow), "the task emailed exactly whom the dry run said");

        var after = await _web.GetPageAsync($"Admin/FollowUps/DryRun/{rule.Id}");
        Assert.That(FollowUpWebHost.Text(after), Does.Not.Contain("due1@example.com").And.Not.Contain("due2@example.com"), "sent: never listed again");
    }
}
