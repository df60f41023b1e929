using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>IQueuedEmailService over real QueuedEmail rows (nopCommerce's service is a thin repository wrapper too).</summary>
public class RepositoryQueuedEmailService : IQueuedEmailService
{
    private readonly InjectedFaults _faults;
    private readonly IRepository<QueuedEmail> _queuedEmails;

    public RepositoryQueuedEmailService(IRepository<QueuedEmail> queuedEmails, InjectedFaults faults = null)
    {
        _queuedEmails = queuedEmails;
        _faults = faults ?? new InjectedFaults();
    }

    public async Task InsertQueuedEmailAsync(QueuedEmail queuedEmail)
    {
        _faults.At(FaultPoint.BeforeQueuedEmailInsert);
        await _queuedEmails.InsertAsync(queuedEmail);
        _faults.At(FaultPoint.AfterQueuedEmailInsert);
    }

    public Task UpdateQueuedEmailAsync(QueuedEmail queuedEmail) => _queuedEmails.UpdateAsync(queuedEmail);

    public Task DeleteQueuedEmailAsync(QueuedEmail queuedEmail) => _queuedEmails.DeleteAsync(queuedEmail);

    public Task<QueuedEmail> GetQueuedEmailByIdAsync(int queuedEmailId) => _queuedEmails.GetByIdAsync(queuedEmailId);

    public async Task<IList<QueuedEmail>> GetQueuedEmailsByIdsAsync(int[] queuedEmailIds)
    {
        if (queuedEmailIds == null || queuedEmailIds.Length == 0)
            return new List<QueuedEmail>();

        var rows = await _queuedEmails.Table.Where(email => queuedEmailIds.Contains(email.Id)).ToListAsync();
        // nopCommerce returns them in the order of the ids asked for.
        return queuedEmailIds.Select(id => rows.FirstOrDefault(row => row.Id == id)).Where(row => row != null).ToList();
    }
}
