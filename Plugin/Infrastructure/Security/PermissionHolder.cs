namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Security;

/// <summary>A person holding a permission: customer id, display name, e-mail.</summary>
public record PermissionHolder(int CustomerId, string Name, string Email);
