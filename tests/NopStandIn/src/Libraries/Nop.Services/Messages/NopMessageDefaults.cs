namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/NopMessageDefaults.cs (subset)
public static partial class NopMessageDefaults
{
    /// <summary>TempData key of the JSON list of <see cref="NotifyData"/> waiting to be shown.</summary>
    public static string NotificationListKey => "NotificationList";
}
