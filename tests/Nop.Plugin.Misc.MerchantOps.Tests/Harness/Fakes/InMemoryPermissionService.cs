using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>Answers AuthorizeAsync from <see cref="TestPermissions"/>; keeps permission records in memory and logs their changes.</summary>
public sealed class InMemoryPermissionService : IPermissionService
{
    private readonly TestPermissions _permissions;
    private readonly WriteLog _writes;
    private readonly List<PermissionRecord> _records = new();
    private readonly List<PermissionRecordCustomerRoleMapping> _mappings = new();

    public InMemoryPermissionService(TestPermissions permissions, WriteLog writes)
    {
        _permissions = permissions;
        _writes = writes;
    }

    public Task<bool> AuthorizeAsync(PermissionRecord permission) => Task.FromResult(_permissions.IsGranted(permission?.SystemName));
    public Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer) => AuthorizeAsync(permission);
    public Task<bool> AuthorizeAsync(string permissionRecordSystemName) => Task.FromResult(_permissions.IsGranted(permissionRecordSystemName));
    public Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer) => AuthorizeAsync(permissionRecordSystemName);
    public Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId) => AuthorizeAsync(permissionRecordSystemName);

    public Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync()
    {
        lock (_records)
            return Task.FromResult<IList<PermissionRecord>>(_records.ToList());
    }

    public Task<PermissionRecord> GetPermissionRecordByIdAsync(int permissionId)
    {
        lock (_records)
            return Task.FromResult(_records.FirstOrDefault(record => record.Id == permissionId));
    }

    public Task InsertPermissionRecordAsync(PermissionRecord permission)
    {
        lock (_records)
        {
            permission.Id = _records.Count == 0 ? 1 : _records.Max(record => record.Id) + 1;
            _records.Add(permission);
        }
        _writes.Record("permission", $"insert {permission.SystemName}");
        return Task.CompletedTask;
    }

    public Task UpdatePermissionRecordAsync(PermissionRecord permission)
    {
        _writes.Record("permission", $"update {permission.SystemName}");
        return Task.CompletedTask;
    }

    public Task DeletePermissionRecordAsync(PermissionRecord permission)
    {
        lock (_records)
            _records.RemoveAll(record => record.Id == permission.Id);
        _writes.Record("permission", $"delete {permission.SystemName}");
        return Task.CompletedTask;
    }

    public Task DeletePermissionAsync(string permissionSystemName)
    {
        lock (_records)
            _records.RemoveAll(record => string.Equals(record.SystemName, permissionSystemName, StringComparison.OrdinalIgnoreCase));
        _writes.Record("permission", $"delete {permissionSystemName}");
        return Task.CompletedTask;
    }

    public Task<IList<PermissionRecordCustomerRoleMapping>> GetMappingByPermissionRecordIdAsync(int permissionId)
    {
        lock (_mappings)
            return Task.FromResult<IList<PermissionRecordCustomerRoleMapping>>(_mappings.Where(mapping => mapping.PermissionRecordId == permissionId).ToList());
    }

    public Task DeletePermissionRecordCustomerRoleMappingAsync(int permissionId, int customerRoleId)
    {
        lock (_mappings)
            _mappings.RemoveAll(mapping => mapping.PermissionRecordId == permissionId && mapping.CustomerRoleId == customerRoleId);
        _writes.Record("permission", $"delete mapping {permissionId}/{customerRoleId}");
        return Task.CompletedTask;
    }

    public Task InsertPermissionRecordCustomerRoleMappingAsync(PermissionRecordCustomerRoleMapping permissionRecordCustomerRoleMapping)
    {
        lock (_mappings)
            _mappings.Add(permissionRecordCustomerRoleMapping);
        _writes.Record("permission", $"insert mapping {permissionRecordCustomerRoleMapping.PermissionRecordId}/{permissionRecordCustomerRoleMapping.CustomerRoleId}");
        return Task.CompletedTask;
    }

    public Task InsertPermissionsAsync()
    {
        _writes.Record("permission", "insert permissions of all IPermissionConfigManager");
        return Task.CompletedTask;
    }

    public Task InsertPermissionMappingAsync(int customerRoleId, params string[] permissions)
    {
        _writes.Record("permission", $"insert mappings of role {customerRoleId}: {string.Join(", ", permissions)}");
        return Task.CompletedTask;
    }
}
