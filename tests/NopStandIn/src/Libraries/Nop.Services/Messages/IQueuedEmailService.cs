using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/IQueuedEmailService.cs (subset: the members Merchant Ops calls)
public partial interface IQueuedEmailService
{
    Task InsertQueuedEmailAsync(QueuedEmail queuedEmail);

    Task UpdateQueuedEmailAsync(QueuedEmail queuedEmail);

    Task DeleteQueuedEmailAsync(QueuedEmail queuedEmail);

    Task<QueuedEmail> GetQueuedEmailByIdAsync(int queuedEmailId);

    Task<IList<QueuedEmail>> GetQueuedEmailsByIdsAsync(int[] queuedEmailIds);
}
