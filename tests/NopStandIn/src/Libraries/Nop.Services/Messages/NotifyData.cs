namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/NotifyData.cs
/// <summary>One notification as the notification service keeps it (a JSON list in TempData) for the admin layout to show.</summary>
public struct NotifyData
{
    public NotifyType Type { get; set; }

    public string Message { get; set; }

    public bool Encode { get; set; }

    public int Timeout { get; set; }
}
