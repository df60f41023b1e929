using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>The "My calendar link" page: whether the current user has a link, and the link itself right after it was made.</summary>
public class PlannerFeedModelFactory
{
    private readonly IPlannerFeedService _feedService;
    private readonly IWebHelper _webHelper;

    public PlannerFeedModelFactory(IPlannerFeedService feedService, IWebHelper webHelper)
    {
        _feedService = feedService;
        _webHelper = webHelper;
    }

    /// <summary>The page without the link (a GET, or after stopping the feed).</summary>
    public virtual async Task<PlannerFeedModel> PrepareFeedModelAsync() => new() { HasFeed = await _feedService.HasFeedAsync() };

    /// <summary>The page showing the link just made: the only time it is shown.</summary>
    public virtual PlannerFeedModel PrepareCreatedModel(PlannerFeedSecretResult created)
    {
        var url = FeedUrl(_webHelper.GetStoreLocation(), created.Token);
        return new PlannerFeedModel
        {
            HasFeed = true,
            FeedUrl = url,
            WebcalUrl = WebcalUrl(url),
            MessageKey = created.ResourceKey
        };
    }

    /// <summary>The feed's URL below the store's location (which ends with a slash, as nopCommerce gives it).</summary>
    public static string FeedUrl(string storeLocation, string token) =>
        $"{storeLocation.TrimEnd('/')}/{PlannerRoutes.CalendarPathPrefix}{Uri.EscapeDataString(token)}.ics";

    /// <summary>webcal:// in place of http(s)://, the scheme calendar apps register for subscriptions.</summary>
    public static string WebcalUrl(string feedUrl)
    {
        var schemeEnd = feedUrl.IndexOf("://", StringComparison.Ordinal);
        return schemeEnd < 0 ? feedUrl : "webcal" + feedUrl[schemeEnd..];
    }
}
