namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/INotificationService.cs
public partial interface INotificationService
{
    void Notification(NotifyType type, string message, bool encode = true, int timeout = 0);
    void SuccessNotification(string message, bool encode = true, int timeout = 0);
    void WarningNotification(string message, bool encode = true, int timeout = 0);
    void ErrorNotification(string message, bool encode = true, int timeout = 0);
    Task ErrorNotificationAsync(Exception exception, bool logException = true, int timeout = 0);
}
