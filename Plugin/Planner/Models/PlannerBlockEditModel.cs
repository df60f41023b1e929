using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Models;

/// <summary>
/// The block form (create and edit; works without script). Dates and times are posted as typed ("yyyy-MM-dd",
/// "HH:mm", the store's local time) and kept as typed when refused. <see cref="Version"/> is the version read: a save
/// by someone else meanwhile is refused, never overwritten. <see cref="OccurrenceStart"/> names the occurrence the
/// form was opened from ("yyyy-MM-ddTHH:mm", original start), for the edit-scope question of a series.
/// </summary>
public record PlannerBlockEditModel : BaseNopEntityModel
{
    public int Version { get; set; }

    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Title")]
    public string Title { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Category")]
    public string Category { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.StartDate")]
    public string StartDate { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.StartTime")]
    public string StartTime { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.DurationMinutes")]
    public int DurationMinutes { get; set; } = 60;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Colour")]
    public string Colour { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Assignee")]
    public int AssigneeCustomerId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.LiveBinding")]
    public int LiveBindingId { get; set; }

    [NoTrim]
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Notes")]
    public string Notes { get; set; }

    /// <summary>One step a line; shown numbered.</summary>
    [NoTrim]
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Procedure")]
    public string Procedure { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Repeat")]
    public PlannerRepeat Repeat { get; set; }

    /// <summary>The ticked days (DayOfWeek values), weekly rules.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.RepeatDays")]
    public int[] RepeatDays { get; set; } = [];

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.RepeatInterval")]
    public int RepeatInterval { get; set; } = 1;

    /// <summary>1..4, or -1 for the last.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.MonthlyOrdinal")]
    public int MonthlyOrdinal { get; set; } = 1;

    /// <summary>A DayOfWeek value.</summary>
    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.MonthlyDay")]
    public int MonthlyDay { get; set; } = 1;

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.RepeatEnd")]
    public PlannerRepeatEnd RepeatEnd { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.RepeatUntil")]
    public string RepeatUntil { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.RepeatCount")]
    public int? RepeatCount { get; set; }

    [NopResourceDisplayName("Plugins.Misc.MerchantOps.Planner.Fields.Scope")]
    public int Scope { get; set; }

    public string OccurrenceStart { get; set; }

    /// <summary>Where that occurrence was shown when the form opened (it may have been moved), "yyyy-MM-ddTHH:mm".</summary>
    public string ShownStart { get; set; }

    /// <summary>The rule as stored (edit page, read only), for the curious.</summary>
    public string StoredRule { get; set; }

    public bool IsRecurring { get; set; }

    /// <summary>A concurrent save was refused: the form offers to open the current version.</summary>
    public bool ChangedMeanwhile { get; set; }

    public string StoreName { get; set; }

    public IList<string> Steps { get; set; } = new List<string>();
    public IList<SelectListItem> AvailableAssignees { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableBindings { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableRepeats { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableDays { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableOrdinals { get; set; } = new List<SelectListItem>();
    public IList<SelectListItem> AvailableEnds { get; set; } = new List<SelectListItem>();
}
