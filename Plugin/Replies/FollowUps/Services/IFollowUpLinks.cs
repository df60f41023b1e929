namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The links a follow-up carries, on the store's own URL: the tracked links (the plugin counts the first arrival, then
/// redirects to the store's page the send row names: a product's review page, the cart) and the signed unsubscribe link
/// (per customer, HMAC with a secret kept in the settings; works without logging in, a tampered one is refused).
/// </summary>
public interface IFollowUpLinks
{
    /// <summary>The n-th tracked link of a follow-up (<paramref name="target"/>: "cart", or "review-{productId}").</summary>
    Task<string> TrackedUrlAsync(int storeId, Guid clickToken, string target);

    Task<string> UnsubscribeUrlAsync(int storeId, int customerId, Guid clickToken);
}
