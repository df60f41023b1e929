namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/NotifyType.cs
public enum NotifyType
{
    Success,
    Error,
    Warning
}
