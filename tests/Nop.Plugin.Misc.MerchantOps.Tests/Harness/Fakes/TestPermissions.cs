using System.Collections.Concurrent;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// What the current customer may do, as the fake IPermissionService answers it. By default everything is
/// granted (a full administrator); <see cref="DenyAll"/> then <see cref="Grant"/> for a restricted user.
/// Singleton of the host: tests change it between requests.
/// </summary>
public sealed class TestPermissions
{
    private readonly ConcurrentDictionary<string, bool> _granted = new(StringComparer.OrdinalIgnoreCase);

    public bool GrantEverything { get; set; } = true;

    public TestPermissions Grant(params string[] permissionSystemNames)
    {
        foreach (var name in permissionSystemNames)
            _granted[name] = true;
        return this;
    }

    public TestPermissions Revoke(params string[] permissionSystemNames)
    {
        GrantEverything = false;
        foreach (var name in permissionSystemNames)
            _granted.TryRemove(name, out _);
        return this;
    }

    /// <summary>Nothing is granted any more (not even access to the admin area).</summary>
    public TestPermissions DenyAll()
    {
        GrantEverything = false;
        _granted.Clear();
        return this;
    }

    public bool IsGranted(string permissionSystemName) =>
        !string.IsNullOrEmpty(permissionSystemName) && (GrantEverything || _granted.ContainsKey(permissionSystemName.Trim()));
}
