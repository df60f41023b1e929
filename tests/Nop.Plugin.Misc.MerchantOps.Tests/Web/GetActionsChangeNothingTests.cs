using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Packing.Web;
using Nop.Services.Stores;
using Nop.Web.Areas.Admin.Factories;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// No GET changes state: every GET action of the plugin, requested as an administrator with every permission over
/// the plugin's real services and a store database, writes nothing (no row, setting or resource).
/// </summary>
[TestFixture]
public class GetActionsChangeNothingTests
{
    [Test]
    public async Task Every_plugin_get_action_answers_without_writing_anything()
    {
        //the plugin's own services (from its INopStartup classes) over a SQLite store holding a batch, a reply and a send, so
        //that id 1 of every screen is a real row and each action runs its whole read path
        await using var web = await Replies.Web.ReplyWebHost.StartAsync(AddPackingScreenServices);
        var (batchId, replyId, sendId) = await FillStoreAsync(web);
        Assert.That((batchId, replyId, sendId), Is.EqualTo((1, 1, 1)), "the sweep asks for id 1 of everything");

        using var databaseWrites = new DatabaseWriteRecorder(web.Database, web.Host.Writes);
        var result = await GetActionSweep.RunAsync(web.Host, controller => controller.Assembly == PluginTestHost.PluginAssembly);

        TestContext.Out.WriteLine("Requested:\n" + string.Join("\n", result.Requested));
        Assert.That(result.Requested, Has.Count.GreaterThan(10));
        Assert.That(result.Violations, Is.Empty, string.Join("\n", result.Violations));
    }

    [Test]
    public async Task The_sweep_reports_a_get_action_that_writes_a_row()
    {
        await using var web = await Replies.Web.ReplyWebHost.StartAsync();
        using var databaseWrites = new DatabaseWriteRecorder(web.Database, web.Host.Writes);

        var result = await GetActionSweep.RunAsync(web.Host, controller => controller == typeof(DatabaseSweepProbeController));

        Assert.That(result.Requested, Is.EquivalentTo(new[] { "/Admin/DatabaseSweepProbe/Count/1", "/Admin/DatabaseSweepProbe/Touch/1" }));
        Assert.That(result.Violations, Has.Count.EqualTo(1));
        Assert.That(result.Violations[0], Does.StartWith("GET /Admin/DatabaseSweepProbe/Touch/1 (DatabaseSweepProbe.Touch) changed state: database: UPDATE"));
    }

    /// <summary>What the packing screens need beyond the reply host's store services.</summary>
    private static void AddPackingScreenServices(IServiceCollection services)
    {
        services.AddSingleton<Nop.Services.Media.IPictureService>(new Harness.Fakes.FakePictureService());
        //the row-writing fakes of nopCommerce's ship path (the pack screen's services need them; a GET never calls them)
        services.AddScoped<Nop.Services.Catalog.IProductService>(sp => ActivatorUtilities.CreateInstance<Harness.Fakes.RepositoryProductService>(sp));
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<Harness.Fakes.RepositoryWorkflowMessageService>(sp));
        services.AddScoped<Nop.Services.Messages.IWorkflowMessageService>(sp => sp.GetRequiredService<Harness.Fakes.RepositoryWorkflowMessageService>());
        services.AddScoped<Nop.Services.Orders.IOrderProcessingService>(sp => ActivatorUtilities.CreateInstance<Harness.Fakes.RepositoryOrderProcessingService>(sp));
        services.AddSingleton<IBaseAdminModelFactory>(sp => new TestBaseAdminModelFactory(sp.GetRequiredService<IStoreService>(),
            sp.GetRequiredService<IRepository<Warehouse>>()));
    }

    /// <summary>A customer's paid order in a batch, a reply and a send of it: through the plugin's services, as staff would.</summary>
    private static async Task<(int BatchId, int ReplyId, int SendId)> FillStoreAsync(Replies.Web.ReplyWebHost web)
    {
        var customer = await web.Store.CustomerAsync("camille@example.com");
        var order = await web.Store.OrderAsync(customer, trackingNumber: null);
        var reply = await web.Store.ReplyAsync("Where is my parcel", "/parcel", "Hello %Customer.FullName%, it left today.");

        using var scope = web.Host.Services.CreateScope();
        var batch = await scope.ServiceProvider.GetRequiredService<IPackingBatchService>().CreateFromSelectionAsync([order.Id], "Morning");
        Assert.That(batch.Succeeded, Is.True, batch.ToString());
        var send = await scope.ServiceProvider.GetRequiredService<IReplySendService>().SendAsync(new ReplySendRequest
        {
            SendKey = Guid.NewGuid(), ReplyId = reply.Id, OrderId = order.Id, CustomerId = customer.Id,
            Subject = reply.Subject, Body = reply.Body, SendEmail = true, AddOrderNote = true
        });
        Assert.That(send.Succeeded, Is.True, send.ResourceKey);
        var sendId = (await web.Store.SendsAsync()).Single().Id;
        return (batch.BatchId, reply.Id, sendId);
    }

    [Test]
    public async Task The_sweep_reports_a_get_action_that_writes_a_setting()
    {
        await using var host = await PluginTestHost.StartAsync();

        var result = await GetActionSweep.RunAsync(host, controller => controller == typeof(SweepProbeController));

        Assert.That(result.Requested, Is.EquivalentTo(new[] { "/Admin/SweepProbe/Look/1", "/Admin/SweepProbe/Remember/1" }));
        Assert.That(result.Violations, Has.Count.EqualTo(1));
        Assert.That(result.Violations[0], Does.StartWith("GET /Admin/SweepProbe/Remember/1 (SweepProbe.Remember) changed state: setting: set tests.lastseen"));
    }
}
