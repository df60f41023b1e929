using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>The "Safety" card of the follow-ups page: limits every rule obeys, shared or per store as the configure page saves them.</summary>
public record FollowUpSafetyModel : BaseNopModel, ISettingsModel
{
    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Settings.MaxPerCustomer")]
    public int FollowUpMaxPerCustomer { get; set; }
    public bool FollowUpMaxPerCustomer_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Settings.CapDays")]
    public int FollowUpCapDays { get; set; }
    public bool FollowUpCapDays_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Settings.QuietFromHour")]
    public int FollowUpQuietFromHour { get; set; }
    public bool FollowUpQuietFromHour_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Settings.QuietToHour")]
    public int FollowUpQuietToHour { get; set; }
    public bool FollowUpQuietToHour_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Settings.CartWithoutConsent")]
    public bool FollowUpCartWithoutConsent { get; set; }
    public bool FollowUpCartWithoutConsent_OverrideForStore { get; set; }
}
