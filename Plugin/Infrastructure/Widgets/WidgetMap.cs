namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets;

/// <summary>
/// The widget zones of the plugin: each feature contributes its (zone, view component) pairs (PackingWidgets,
/// RepliesWidgets); the plugin class combines them. Zone names are compared ignoring case, as nopCommerce's own
/// callers may spell them either way. A zone with one component gets it; a zone with several gets
/// <see cref="WidgetZoneViewComponent"/>, which renders them in the order the features were given.
/// </summary>
public sealed class WidgetMap
{
    private static readonly StringComparer _zoneComparer = StringComparer.InvariantCultureIgnoreCase;
    private readonly IReadOnlyList<(string Zone, Type Component)> _entries;

    public WidgetMap(params IEnumerable<(string Zone, Type Component)>[] features)
    {
        _entries = features.SelectMany(feature => feature).ToList();
    }

    /// <summary>Every zone a feature shows something in, once, in the order first contributed.</summary>
    public IList<string> Zones => _entries.Select(entry => entry.Zone).Distinct(_zoneComparer).ToList();

    /// <summary>The components of a zone, in the order the features were given; empty for a zone no feature uses.</summary>
    public IReadOnlyList<Type> ComponentsFor(string zone) =>
        _entries.Where(entry => _zoneComparer.Equals(entry.Zone, zone)).Select(entry => entry.Component).ToList();

    /// <summary>What nopCommerce renders in the zone: the one component, the composite for several, null for none.</summary>
    public Type ComponentFor(string zone) => ComponentsFor(zone) switch
    {
        [] => null,
        [var single] => single,
        _ => typeof(WidgetZoneViewComponent)
    };
}
