using System.Text.RegularExpressions;
using Nop.Core;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys.Block;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// A time block of a store's week (table MerchantOpsPlannerBlock): one-off, or a series given by an RFC 5545 RRULE
/// expanded in the store's time zone. Its start is a local date and time of that zone (never UTC: "09:00" stays
/// 09:00 across daylight-saving changes). <see cref="Apply"/> checks every value; services save it only if
/// <see cref="Version"/> is still the one the editor read, so two people saving at once cannot both win.
/// </summary>
public partial class PlannerBlock : BaseEntity
{
    public const string DefaultColour = "#3c8dbc";

    public int StoreId { get; set; }

    /// <summary>The vendor whose staff own the block; 0 for the shop's own staff.</summary>
    public int VendorId { get; set; }

    public string Title { get; set; }

    public string Category { get; set; }

    /// <summary>Local date and time of the first occurrence in the store's time zone (Kind Unspecified).</summary>
    public DateTime StartLocal { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>"#rrggbb".</summary>
    public string Colour { get; set; }

    /// <summary>The staff member doing it; 0 while nobody is assigned.</summary>
    public int AssigneeCustomerId { get; set; }

    public string Notes { get; set; }

    /// <summary>The numbered steps, one a line (<see cref="ProcedureSteps"/>).</summary>
    public string Procedure { get; set; }

    public int LiveBindingId { get; set; }

    /// <summary>RFC 5545 RRULE value without "RRULE:" (FREQ=WEEKLY;BYDAY=MO,TU); null for a one-off block.</summary>
    public string RecurrenceRule { get; set; }

    /// <summary>
    /// Local start of the last occurrence when the series ends (UNTIL, COUNT, or a one-off block); null when it never
    /// ends. Lets the week view skip series that ended without expanding them.
    /// </summary>
    public DateTime? LastStartLocal { get; set; }

    /// <summary>The iCalendar UID: kept by every edit of the series, so subscribed calendars update instead of duplicating.</summary>
    public Guid Uid { get; set; }

    public int CreatedByCustomerId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every save.</summary>
    public int Version { get; set; }

    public PlannerLiveBinding LiveBinding
    {
        get => (PlannerLiveBinding)LiveBindingId;
        set => LiveBindingId = (int)value;
    }

    public bool IsRecurring => !string.IsNullOrEmpty(RecurrenceRule);

    public IReadOnlyList<string> ProcedureSteps =>
        string.IsNullOrEmpty(Procedure) ? [] : Procedure.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Checks and sets every value the user edits; throws <see cref="PlannerRuleException"/> with the message key of the
    /// first one refused, leaving the block unchanged. The rule is checked and normalized by <see cref="PlannerRecurrence"/>;
    /// a start that does not exist in <paramref name="timeZone"/> (the spring-forward gap) is refused.
    /// </summary>
    public void Apply(string title, string category, DateTime startLocal, int durationMinutes, string colour, int assigneeCustomerId,
        string notes, IEnumerable<string> procedureSteps, PlannerLiveBinding liveBinding, string recurrenceRule, TimeZoneInfo timeZone)
    {
        title = title?.Trim();
        Require(!string.IsNullOrEmpty(title), Keys.TitleRequired);
        Require(title.Length <= PlannerLimits.MaxTitleLength, Keys.TitleTooLong);

        category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        Require(category == null || category.Length <= PlannerLimits.MaxCategoryLength, Keys.CategoryTooLong);

        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Require(notes == null || notes.Length <= PlannerLimits.MaxNotesLength, Keys.NotesTooLong);

        var steps = (procedureSteps ?? [])
            .Select(step => step?.ReplaceLineEndings(" ").Trim())
            .Where(step => !string.IsNullOrEmpty(step))
            .ToList();
        Require(steps.Count <= PlannerLimits.MaxProcedureSteps, Keys.TooManySteps);
        Require(steps.All(step => step.Length <= PlannerLimits.MaxStepLength), Keys.StepTooLong);

        Require(durationMinutes is >= PlannerLimits.MinDurationMinutes and <= PlannerLimits.MaxDurationMinutes, Keys.DurationOutOfRange);

        colour = string.IsNullOrWhiteSpace(colour) ? DefaultColour : colour.Trim().ToLowerInvariant();
        Require(ColourPattern().IsMatch(colour), Keys.InvalidColour);

        Require(Enum.IsDefined(liveBinding), Keys.UnknownLiveBinding);
        Require(assigneeCustomerId >= 0, Keys.UnknownAssignee);

        startLocal = PlannerStoreTime.CheckStart(startLocal, timeZone);
        var rule = PlannerRecurrence.Normalize(recurrenceRule, startLocal, timeZone);
        var lastStart = PlannerExpander.LastStartLocal(startLocal, rule, timeZone);

        Title = title;
        Category = category;
        Notes = notes;
        Procedure = steps.Count == 0 ? null : string.Join('\n', steps);
        DurationMinutes = durationMinutes;
        Colour = colour;
        LiveBinding = liveBinding;
        AssigneeCustomerId = assigneeCustomerId;
        StartLocal = startLocal;
        RecurrenceRule = rule;
        LastStartLocal = lastStart;
    }

    /// <summary>A copy of the values (not the id, UID or version): the second half of a split series starts from it.</summary>
    public PlannerBlock CopyValues() => new()
    {
        StoreId = StoreId,
        VendorId = VendorId,
        Title = Title,
        Category = Category,
        StartLocal = StartLocal,
        DurationMinutes = DurationMinutes,
        Colour = Colour,
        AssigneeCustomerId = AssigneeCustomerId,
        Notes = Notes,
        Procedure = Procedure,
        LiveBindingId = LiveBindingId,
        RecurrenceRule = RecurrenceRule,
        LastStartLocal = LastStartLocal,
        CreatedByCustomerId = CreatedByCustomerId,
        CreatedOnUtc = CreatedOnUtc,
        UpdatedOnUtc = UpdatedOnUtc
    };

    private static void Require(bool condition, string key)
    {
        if (!condition)
            throw new PlannerRuleException(key);
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex ColourPattern();
}
