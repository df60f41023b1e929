using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Planner.Web;

/// <summary>
/// The web host's permissions with the Planner permission per customer, as nopCommerce's role mappings give it: the
/// current user (the admin pages' [CheckPermission]) and any named customer (the feed asks for its owner) hold Planner
/// only while they are in <see cref="PlannerUsers"/> and the host's <see cref="TestPermissions"/> grant it. Every
/// other permission and call goes to the host's <see cref="InMemoryPermissionService"/>.
/// </summary>
public sealed class PlannerPermissions : IPermissionService
{
    private readonly InMemoryPermissionService _inner;
    private readonly TestPermissions _permissions;
    private readonly IWorkContext _workContext;

    public PlannerPermissions(InMemoryPermissionService inner, TestPermissions permissions, IWorkContext workContext, PlannerUsers plannerUsers)
    {
        _inner = inner;
        _permissions = permissions;
        _workContext = workContext;
        PlannerUsers = plannerUsers;
    }

    public PlannerUsers PlannerUsers { get; }

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName) =>
        await AuthorizeAsync(permissionRecordSystemName, await _workContext.GetCurrentCustomerAsync());

    public Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer) =>
        Task.FromResult(_permissions.IsGranted(permissionRecordSystemName)
            && (permissionRecordSystemName != MerchantOpsDefaults.Permissions.Planner || (customer != null && PlannerUsers.Contains(customer.Id))));

    public Task<bool> AuthorizeAsync(PermissionRecord permission) => AuthorizeAsync(permission?.SystemName);
    public Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer) => AuthorizeAsync(permission?.SystemName, customer);
    public Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId) => _inner.AuthorizeAsync(permissionRecordSystemName, customerRoleId);

    public Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync() => _inner.GetAllPermissionRecordsAsync();
    public Task InsertPermissionRecordAsync(PermissionRecord permission) => _inner.InsertPermissionRecordAsync(permission);
    public Task<PermissionRecord> GetPermissionRecordByIdAsync(int permissionId) => _inner.GetPermissionRecordByIdAsync(permissionId);
    public Task UpdatePermissionRecordAsync(PermissionRecord permission) => _inner.UpdatePermissionRecordAsync(permission);
    public Task DeletePermissionRecordAsync(PermissionRecord permission) => _inner.DeletePermissionRecordAsync(permission);
    public Task DeletePermissionAsync(string permissionSystemName) => _inner.DeletePermissionAsync(permissionSystemName);
    public Task<IList<PermissionRecordCustomerRoleMapping>> GetMappingByPermissionRecordIdAsync(int permissionId) => _inner.GetMappingByPermissionRecordIdAsync(permissionId);
    public Task DeletePermissionRecordCustomerRoleMappingAsync(int permissionId, int customerRoleId) => _inner.DeletePermissionRecordCustomerRoleMappingAsync(permissionId, customerRoleId);
    public Task InsertPermissionRecordCustomerRoleMappingAsync(PermissionRecordCustomerRoleMapping mapping) => _inner.InsertPermissionRecordCustomerRoleMappingAsync(mapping);
    public Task InsertPermissionsAsync() => _inner.InsertPermissionsAsync();
    public Task InsertPermissionMappingAsync(int customerRoleId, params string[] permissions) => _inner.InsertPermissionMappingAsync(customerRoleId, permissions);
}

/// <summary>Ids of the customers holding the Planner permission (thread-safe: requests run in parallel with the test).</summary>
public sealed class PlannerUsers
{
    private readonly HashSet<int> _ids = [];

    public void Add(params int[] customerIds)
    {
        lock (_ids)
            _ids.UnionWith(customerIds);
    }

    public void Remove(int customerId)
    {
        lock (_ids)
            _ids.Remove(customerId);
    }

    public bool Contains(int customerId)
    {
        lock (_ids)
            return _ids.Contains(customerId);
    }
}
