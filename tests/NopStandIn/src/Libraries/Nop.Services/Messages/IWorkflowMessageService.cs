using Nop.Core.Domain.Shipping;

namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/IWorkflowMessageService.cs (subset: the members Merchant Ops calls)
public partial interface IWorkflowMessageService
{
    /// <summary>Queues the "ShipmentSent.CustomerNotification" emails; returns their queued email ids.</summary>
    Task<IList<int>> SendShipmentSentCustomerNotificationAsync(Shipment shipment, int languageId);
}
