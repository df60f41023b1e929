namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>
/// The last step of nopCommerce's shipping that a ship attempt completed, so that a retry resumes after it
/// instead of doing it again.
/// </summary>
public enum ShipStep
{
    None = 0,
    ShipmentCreated = 10,
    ItemsAdded = 20,
    EventsPublished = 30,
    Shipped = 40,
    NoteAdded = 50
}
