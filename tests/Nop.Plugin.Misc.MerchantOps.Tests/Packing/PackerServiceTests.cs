using NUnit.Framework;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Plugin.Misc.MerchantOps.Packing.Services;
using Nop.Plugin.Misc.MerchantOps.Packing.Services.Contracts;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Keys = Nop.Plugin.Misc.MerchantOps.Packing.Domain.PackingResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Packing;

[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.PostgreSql)]
[TestFixture(DatabaseEngine.MySql)]
public class PackerServiceTests : PackingDatabaseTest
{
    public PackerServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    private CustomerRole _packers;

    [SetUp]
    public async Task CreateRolesAsync()
    {
        var packing = new PermissionRecord { Name = "Packing", SystemName = MerchantOpsDefaults.Permissions.Packing, Category = "MerchantOps" };
        var configure = new PermissionRecord { Name = "Configure", SystemName = MerchantOpsDefaults.Permissions.Configure, Category = "MerchantOps" };
        await Database.Repository<PermissionRecord>().InsertAsync(packing);
        await Database.Repository<PermissionRecord>().InsertAsync(configure);
        _packers = await RoleAsync("Packers", packing);
    }

    private async Task<CustomerRole> RoleAsync(string name, PermissionRecord permission, bool active = true)
    {
        var role = new CustomerRole { Name = name, SystemName = name, Active = active };
        await Database.Repository<CustomerRole>().InsertAsync(role);
        await Database.Repository<PermissionRecordCustomerRoleMapping>().InsertAsync(
            new PermissionRecordCustomerRoleMapping { PermissionRecordId = permission.Id, CustomerRoleId = role.Id });
        return role;
    }

    private async Task<Customer> MemberAsync(string email, string firstName, CustomerRole role, Action<Customer> configure = null)
    {
        var customer = await Store.PackerAsync(email, firstName, "Doe");
        if (configure != null)
        {
            configure(customer);
            await Database.Repository<Customer>().UpdateAsync(customer);
        }
        await Database.Repository<CustomerCustomerRoleMapping>().InsertAsync(new CustomerCustomerRoleMapping { CustomerId = customer.Id, CustomerRoleId = role.Id });
        return customer;
    }

    [Test]
    public async Task The_packers_are_the_active_members_of_active_roles_holding_the_packing_permission()
    {
        var configurers = await RoleAsync("Configurers", (await Database.Repository<PermissionRecord>().Table.ToListAsync()).Single(p => p.SystemName == MerchantOpsDefaults.Permissions.Configure));
        var retired = await RoleAsync("Retired packers", (await Database.Repository<PermissionRecord>().Table.ToListAsync()).Single(p => p.SystemName == MerchantOpsDefaults.Permissions.Packing), active: false);
        var zoe = await MemberAsync("zoe@example.com", "Zoe", _packers);
        var adam = await MemberAsync("adam@example.com", "Adam", _packers);
        await MemberAsync("carl@example.com", "Carl", configurers);
        await MemberAsync("rita@example.com", "Rita", retired);
        await MemberAsync("ivy@example.com", "Ivy", _packers, c => c.Active = false);
        await MemberAsync("dan@example.com", "Dan", _packers, c => c.Deleted = true);
        await MemberAsync("vera@example.com", "Vera", _packers, c => c.VendorId = 7);

        var packers = await App.Packers.GetPossibleAssigneesAsync();

        Assert.That(packers, Is.EqualTo(new[] { new Packer(adam.Id, "Adam Doe", "adam@example.com"), new Packer(zoe.Id, "Zoe Doe", "zoe@example.com") }),
            "by name; not another permission's role, an inactive role, an inactive or deleted account, nor a vendor's staff");
    }

    [Test]
    public async Task A_vendor_sees_only_their_own_staff()
    {
        await MemberAsync("adam@example.com", "Adam", _packers);
        var vera = await MemberAsync("vera@example.com", "Vera", _packers, c => c.VendorId = 7);
        await MemberAsync("otto@example.com", "Otto", _packers, c => c.VendorId = 8);
        App.As(vera, vendorId: 7);

        Assert.That((await App.Packers.GetPossibleAssigneesAsync()).Select(p => p.CustomerId), Is.EqualTo(new[] { vera.Id }));
    }

    [Test]
    public async Task Without_a_role_holding_the_permission_nobody_is_offered()
    {
        await Store.PackerAsync("lone@example.com");

        Assert.That(await App.Packers.GetPossibleAssigneesAsync(), Is.Empty);
    }

    [Test]
    public async Task A_vendor_cannot_assign_a_batch_to_another_vendors_staff_but_can_to_their_own()
    {
        var mug = await Store.ProductAsync("V7-MUG", p => p.VendorId = 7);
        var vera = await MemberAsync("vera@example.com", "Vera", _packers, c => c.VendorId = 7);
        var vic = await MemberAsync("vic@example.com", "Vic", _packers, c => c.VendorId = 7);
        var otto = await MemberAsync("otto@example.com", "Otto", _packers, c => c.VendorId = 8);
        App.As(vera, vendorId: 7);
        var batch = await App.Batches.CreateFromSelectionAsync([(await Store.OrderAsync((mug, 1))).Id]);

        var toOtto = await App.Workflow.AssignAsync(batch.BatchId, otto.Id);
        var toVic = await App.Workflow.AssignAsync(batch.BatchId, vic.Id);

        Assert.That((toOtto.Succeeded, toOtto.ResourceKey), Is.EqualTo((false, Keys.Batch.UnknownAssignee)));
        Assert.That((toVic.Succeeded, (await App.Batches.GetBatchAsync(batch.BatchId)).Batch.AssigneeCustomerId), Is.EqualTo((true, vic.Id)));
    }

    [Test]
    public async Task Names_are_read_at_once_with_the_e_mail_or_the_id_when_there_is_no_name()
    {
        var named = await Store.PackerAsync("named@example.com", "Nina", "Pack");
        var unnamed = await Store.PackerAsync("unnamed@example.com", "", "");

        var names = await App.Packers.GetNamesAsync([named.Id, unnamed.Id, 987654, 0]);

        Assert.That(names, Is.EquivalentTo(new Dictionary<int, string>
        {
            [named.Id] = "Nina Pack", [unnamed.Id] = "unnamed@example.com", [987654] = "#987654"
        }));
    }
}
