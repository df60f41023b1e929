using Nop.Core.Domain.Topics;
using Nop.Data;
using Nop.Services.Topics;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// ITopicService over real Topic rows. As in nopCommerce, GetTopicBySystemNameAsync finds published topics only
/// (no store mapping or ACL in the stand-in: topics are not limited).
/// </summary>
public class RepositoryTopicService : ITopicService
{
    private readonly IRepository<Topic> _topics;

    public RepositoryTopicService(IRepository<Topic> topics)
    {
        _topics = topics;
    }

    public Task DeleteTopicAsync(Topic topic) => _topics.DeleteAsync(topic);

    public Task<Topic> GetTopicByIdAsync(int topicId) => _topics.GetByIdAsync(topicId);

    public async Task<Topic> GetTopicBySystemNameAsync(string systemName, int storeId = 0)
    {
        if (string.IsNullOrEmpty(systemName))
            return null;

        return await _topics.Table.Where(t => t.Published && t.SystemName == systemName).OrderBy(t => t.Id).FirstOrDefaultAsync();
    }

    public async Task<IList<Topic>> GetAllTopicsAsync(int storeId, bool ignoreAcl = false, bool showHidden = false) =>
        await _topics.Table.Where(t => showHidden || t.Published).OrderBy(t => t.DisplayOrder).ThenBy(t => t.SystemName).ToListAsync();

    public Task InsertTopicAsync(Topic topic) => _topics.InsertAsync(topic);

    public Task UpdateTopicAsync(Topic topic) => _topics.UpdateAsync(topic);
}
