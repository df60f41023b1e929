using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>Publishing selected replies as one nopCommerce topic page (system name "MerchantOps.Faq").</summary>
public interface IReplyFaqService
{
    /// <summary>
    /// Creates the topic, or updates it when it exists: question (title) / answer (body) pairs, per language,
    /// published, with an SEO slug. Replies using order/customer/shipment tokens are refused.
    /// </summary>
    Task<FaqPublishResult> PublishAsync(IList<int> replyIds);
}
