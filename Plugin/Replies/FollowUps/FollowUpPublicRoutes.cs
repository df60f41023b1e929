namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps;

/// <summary>
/// The follow-ups' public URLs (answered by Controllers/MerchantOpsFollowUpController, registered by
/// Controllers/FollowUpRouteProvider), below the store's URL:
/// <c>merchantops/followup/{clickToken}/{target}</c> (a tracked link) and
/// <c>merchantops/unsubscribe/{customerId}/{clickToken}/{signature}</c> (the signed unsubscribe page).
/// </summary>
public static class FollowUpPublicRoutes
{
    public const string ClickRouteName = "Plugin.Misc.MerchantOps.FollowUps.Click";
    public const string ClickPathPrefix = "merchantops/followup/";
    public const string ClickPattern = ClickPathPrefix + "{clickToken}/{target}";
    public const string ClickAction = "Click";

    public const string UnsubscribeRouteName = "Plugin.Misc.MerchantOps.FollowUps.Unsubscribe";
    public const string UnsubscribePathPrefix = "merchantops/unsubscribe/";
    public const string UnsubscribePattern = UnsubscribePathPrefix + "{customerId}/{clickToken}/{signature}";
    public const string UnsubscribeAction = "Unsubscribe";

    /// <summary>The fragment of nopCommerce's product page where the review form is (Views/Product/_ProductReviews.cshtml, id="review-form").</summary>
    public const string ReviewFormFragment = "review-form";
}
