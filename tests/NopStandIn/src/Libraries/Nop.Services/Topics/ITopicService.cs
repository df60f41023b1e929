using Nop.Core.Domain.Topics;

namespace Nop.Services.Topics;

// Real source: src/Libraries/Nop.Services/Topics/ITopicService.cs (subset)
public partial interface ITopicService
{
    Task DeleteTopicAsync(Topic topic);

    Task<Topic> GetTopicByIdAsync(int topicId);

    /// <summary>nopCommerce returns published topics only, of the store (0 = any) and the current customer's roles.</summary>
    Task<Topic> GetTopicBySystemNameAsync(string systemName, int storeId = 0);

    Task<IList<Topic>> GetAllTopicsAsync(int storeId, bool ignoreAcl = false, bool showHidden = false);

    Task InsertTopicAsync(Topic topic);

    Task UpdateTopicAsync(Topic topic);
}
