using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Planner.Controllers;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The "My calendar link" page: whether the current user has a link, the link itself right after it was made, and
/// this week's occurrences their calendar shows (the week view's own reading of their blocks).
/// </summary>
public class PlannerFeedModelFactory
{
    private readonly IPlannerBlockService _blockService;
    private readonly TimeProvider _clock;
    private readonly IPlannerFeedService _feedService;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;
    private readonly IWebHelper _webHelper;
    private readonly IWorkContext _workContext;

    public PlannerFeedModelFactory(IPlannerBlockService blockService, TimeProvider clock, IPlannerFeedService feedService,
        IStoreService storeService, PlannerTimeZones timeZones, IWebHelper webHelper, IWorkContext workContext)
    {
        _blockService = blockService;
        _clock = clock;
        _feedService = feedService;
        _storeService = storeService;
        _timeZones = timeZones;
        _webHelper = webHelper;
        _workContext = workContext;
    }

    /// <summary>The page without the link (a GET, or after stopping the feed).</summary>
    public virtual async Task<PlannerFeedModel> PrepareFeedModelAsync()
    {
        var model = new PlannerFeedModel { HasFeed = await _feedService.HasFeedAsync() };
        await PrepareThisWeekAsync(model);
        return model;
    }

    /// <summary>The page showing the link just made: the only time it is shown.</summary>
    public virtual async Task<PlannerFeedModel> PrepareCreatedModelAsync(PlannerFeedSecretResult created)
    {
        var url = FeedUrl(_webHelper.GetStoreLocation(), created.Token);
        var model = new PlannerFeedModel
        {
            HasFeed = true,
            FeedUrl = url,
            WebcalUrl = WebcalUrl(url),
            MessageKey = created.ResourceKey
        };
        await PrepareThisWeekAsync(model);
        return model;
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

    private async Task PrepareThisWeekAsync(PlannerFeedModel model)
    {
        var language = await _workContext.GetWorkingLanguageAsync();
        var culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(language?.LanguageCulture) ? "en-US" : language.LanguageCulture);
        var stores = await _storeService.GetAllStoresAsync();
        foreach (var store in stores)
        {
            var zone = await _timeZones.ForStoreAsync(store.Id);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, zone));
            var week = await _blockService.GetWeekAsync(store.Id, today, mineOnly: true);
            foreach (var item in week.Items.Where(item => !item.Occurrence.Skipped))
                model.ThisWeek.Add(new PlannerFeedPreviewItemModel
                {
                    When = string.Format(culture, "{0:dddd} {0:t}–{1:t}", item.Occurrence.StartLocal, item.Occurrence.EndLocal),
                    Title = item.Block.Title,
                    StoreName = stores.Count > 1 ? store.Name : null
                });
        }
    }
}
