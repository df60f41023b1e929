using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services.Contracts;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>Create / edit a rule. Every field is kept as typed when the service refuses it (or someone else saved meanwhile).</summary>
public record FollowUpRuleEditModel : BaseNopEntityModel
{
    /// <summary>The version the form read; the save goes through only if it is still the rule's.</summary>
    public int Version { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.TriggerField")]
    public int TriggerId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.Delay")]
    public long Delay { get; set; }

    public FollowUpDelayUnit DelayUnit { get; set; } = FollowUpDelayUnit.Hours;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.Reply")]
    public int ReplyId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.MaxReminders")]
    public int MaxReminders { get; set; } = 1;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.CountFromShipped")]
    public bool CountFromShipped { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.ConversionDays")]
    public int ConversionDays { get; set; } = 7;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.FollowUps.Rule.Store")]
    public int StoreId { get; set; }

    public bool Active { get; set; }

    public bool IsSeeded { get; set; }

    public IList<SelectListItem> AvailableTriggers { get; set; } = [];
    public IList<SelectListItem> AvailableUnits { get; set; } = [];
    public IList<SelectListItem> AvailableReplies { get; set; } = [];
    public IList<SelectListItem> AvailableStores { get; set; } = [];
}
