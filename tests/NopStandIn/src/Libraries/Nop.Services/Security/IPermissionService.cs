using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;

namespace Nop.Services.Security;

// Real source: src/Libraries/Nop.Services/Security/IPermissionService.cs
public partial interface IPermissionService
{
    Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync();
    Task InsertPermissionRecordAsync(PermissionRecord permission);
    Task<PermissionRecord> GetPermissionRecordByIdAsync(int permissionId);
    Task UpdatePermissionRecordAsync(PermissionRecord permission);
    Task DeletePermissionRecordAsync(PermissionRecord permission);
    Task DeletePermissionAsync(string permissionSystemName);
    Task<bool> AuthorizeAsync(PermissionRecord permission);
    Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer);
    Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId);
    Task<IList<PermissionRecordCustomerRoleMapping>> GetMappingByPermissionRecordIdAsync(int permissionId);
    Task DeletePermissionRecordCustomerRoleMappingAsync(int permissionId, int customerRoleId);
    Task InsertPermissionRecordCustomerRoleMappingAsync(PermissionRecordCustomerRoleMapping permissionRecordCustomerRoleMapping);
    Task InsertPermissionsAsync();
    Task InsertPermissionMappingAsync(int customerRoleId, params string[] permissions);
}
