namespace Nop.Plugin.Misc.MerchantOps.Infrastructure.Widgets;

/// <summary>The zone's arguments, passed on to each component of the zone, in order.</summary>
public record WidgetZoneModel(string WidgetZone, object AdditionalData, IReadOnlyList<Type> Components);
