namespace Nop.Web.Framework.Menu;

// Real source: src/Presentation/Nop.Web.Framework/Menu/AdminMenuItem.cs
/// <summary>
/// A node of the admin sidebar. Setting <see cref="Url"/> also sets <see cref="ControllerName"/> and
/// <see cref="ActionName"/> from its last two path segments (both empty when the URL has fewer than three).
/// A node without its own <see cref="PermissionNames"/> reports those of all its descendants.
/// </summary>
public partial class AdminMenuItem
{
    protected IList<string> _permissionNames;
    protected string _url;

    public AdminMenuItem()
    {
        ChildNodes = new List<AdminMenuItem>();
    }

    /// <summary>Inserts next to the first node named <paramref name="itemSystemName"/>: this node's children first, then depth-first.</summary>
    protected virtual bool Insert(string itemSystemName, AdminMenuItem newMenuItem, bool before)
    {
        for (var index = 0; index < ChildNodes.Count; index++)
        {
            if (!ChildNodes[index].SystemName.Equals(itemSystemName))
                continue;

            ChildNodes.Insert(before ? index : index + 1, newMenuItem);
            return true;
        }

        return ChildNodes.Any(child => child.Insert(itemSystemName, newMenuItem, before));
    }

    public bool ContainsSystemName(string systemName) => GetItemBySystemName(systemName) is not null;

    /// <summary>This node or the first descendant (depth-first) with that exact system name; null for an empty name.</summary>
    public AdminMenuItem GetItemBySystemName(string systemName)
    {
        if (string.IsNullOrEmpty(systemName))
            return null;

        if (SystemName.Equals(systemName))
            return this;

        foreach (var child in ChildNodes)
        {
            var found = child.GetItemBySystemName(systemName);
            if (found is not null)
                return found;
        }

        return null;
    }

    public virtual bool InsertBefore(string itemSystemName, AdminMenuItem newMenuItem) => Insert(itemSystemName, newMenuItem, true);

    public virtual bool InsertAfter(string itemSystemName, AdminMenuItem newMenuItem) => Insert(itemSystemName, newMenuItem, false);

    public IList<string> PermissionNames
    {
        get
        {
            if (_permissionNames is not null)
                return _permissionNames;

            return ChildNodes.Any() ? ChildNodes.SelectMany(child => child.PermissionNames).ToList() : [];
        }
        set => _permissionNames = value;
    }

    public string SystemName { get; set; }

    public string Title { get; set; }

    public string Url
    {
        get => _url;
        set
        {
            _url = value;
            var segments = value?.TrimEnd('/').Split('/') ?? [];
            var count = segments.Length;
            ControllerName = count < 3 ? string.Empty : segments[count - 2];
            ActionName = count < 3 ? string.Empty : segments[count - 1];
        }
    }

    public IList<AdminMenuItem> ChildNodes { get; set; }

    public string IconClass { get; set; }

    public bool Visible { get; set; } = true;

    public bool OpenUrlInNewTab { get; set; }

    public string ControllerName { get; protected set; }

    public string ActionName { get; protected set; }
}
