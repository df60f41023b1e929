using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The block form: from a block (or a new one at a time of the week), its lists, and back to the service's request.
/// The form is kept as typed whatever the service refuses.
/// </summary>
public class PlannerBlockModelFactory
{
    private readonly PlannerActor _actor;
    private readonly PlannerAssignees _assignees;
    private readonly PlannerDisplay _display;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;

    public PlannerBlockModelFactory(PlannerActor actor,
        PlannerAssignees assignees,
        PlannerDisplay display,
        IStoreService storeService,
        PlannerTimeZones timeZones)
    {
        _actor = actor;
        _assignees = assignees;
        _display = display;
        _storeService = storeService;
        _timeZones = timeZones;
    }

    /// <summary>A new block of the store at <paramref name="start"/> (else the next full hour of that day).</summary>
    public async Task<PlannerBlockEditModel> PrepareCreateModelAsync(int storeId, DateTime start)
    {
        var model = new PlannerBlockEditModel
        {
            StoreId = storeId,
            StartDate = start.ToString(PlannerDisplay.DateFormat, CultureInfo.InvariantCulture),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            DurationMinutes = 60,
            Colour = PlannerBlock.DefaultColour
        };
        PlannerRuleForm.Read(null, TimeZoneInfo.Utc, start, model);
        return await PrepareListsAsync(model);
    }

    /// <summary>
    /// The block's form; opened from an occurrence of a series (<paramref name="occurrenceStart"/>), its date and time
    /// are that occurrence's and the form asks which occurrences the edit is for.
    /// </summary>
    public async Task<PlannerBlockEditModel> PrepareEditModelAsync(PlannerBlock block, DateTime? occurrenceStart, DateTime? shownStart, int? shownMinutes)
    {
        var zone = await _timeZones.ForStoreAsync(block.StoreId);
        var start = block.IsRecurring && shownStart != null ? shownStart.Value : block.StartLocal;
        var model = new PlannerBlockEditModel
        {
            Id = block.Id,
            Version = block.Version,
            StoreId = block.StoreId,
            Title = block.Title,
            Category = block.Category,
            StartDate = start.ToString(PlannerDisplay.DateFormat, CultureInfo.InvariantCulture),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            DurationMinutes = block.IsRecurring && shownMinutes is > 0 ? shownMinutes.Value : block.DurationMinutes,
            Colour = block.Colour,
            AssigneeCustomerId = block.AssigneeCustomerId,
            LiveBindingId = block.LiveBindingId,
            Notes = block.Notes,
            Procedure = block.Procedure,
            StoredRule = block.RecurrenceRule,
            IsRecurring = block.IsRecurring,
            OccurrenceStart = block.IsRecurring && occurrenceStart != null ? PlannerDisplay.Local(occurrenceStart.Value) : null,
            ShownStart = block.IsRecurring && occurrenceStart != null ? PlannerDisplay.Local(start) : null,
            Scope = (int)PlannerEditScope.All
        };
        PlannerRuleForm.Read(block.RecurrenceRule, zone, block.StartLocal, model);
        return await PrepareListsAsync(model);
    }

    /// <summary>The lists and read-only parts of the form (after a refusal too: what was typed stays).</summary>
    public async Task<PlannerBlockEditModel> PrepareListsAsync(PlannerBlockEditModel model, PlannerBlock block = null)
    {
        var (_, vendorId) = await _actor.GetAsync();
        model.StoreName = (await _storeService.GetStoreByIdAsync(model.StoreId))?.Name;
        model.Steps = SplitSteps(model.Procedure);
        if (block != null)
        {
            model.StoredRule = block.RecurrenceRule;
            model.IsRecurring = block.IsRecurring;
        }

        model.AvailableAssignees.Clear();
        model.AvailableAssignees.Add(new SelectListItem(await _display.TextAsync(PlannerWebResourceKeys.Form.Nobody), "0", model.AssigneeCustomerId == 0));
        var people = await _assignees.ListAsync(vendorId);
        foreach (var (id, name) in people)
            model.AvailableAssignees.Add(new SelectListItem(name, id.ToString(CultureInfo.InvariantCulture), id == model.AssigneeCustomerId));
        if (model.AssigneeCustomerId > 0 && people.All(person => person.Id != model.AssigneeCustomerId))
            model.AvailableAssignees.Add(new SelectListItem(await _display.PersonAsync(model.AssigneeCustomerId),
                model.AssigneeCustomerId.ToString(CultureInfo.InvariantCulture), true));

        model.AvailableBindings.Clear();
        foreach (var binding in Enum.GetValues<PlannerLiveBinding>())
            model.AvailableBindings.Add(new SelectListItem(await _display.TextAsync(PlannerResourceKeys.Binding.For(binding)),
                ((int)binding).ToString(CultureInfo.InvariantCulture), (int)binding == model.LiveBindingId));

        model.AvailableRepeats = new List<SelectListItem>
        {
            await ItemAsync(PlannerWebResourceKeys.Repeat.None, (int)PlannerRepeat.None, (int)model.Repeat),
            await ItemAsync(PlannerWebResourceKeys.Repeat.Weekly, (int)PlannerRepeat.Weekly, (int)model.Repeat),
            await ItemAsync(PlannerWebResourceKeys.Repeat.EveryNWeeks, (int)PlannerRepeat.EveryNWeeks, (int)model.Repeat),
            await ItemAsync(PlannerWebResourceKeys.Repeat.MonthlyNthWeekday, (int)PlannerRepeat.MonthlyNthWeekday, (int)model.Repeat)
        };
        model.AvailableEnds = new List<SelectListItem>
        {
            await ItemAsync(PlannerWebResourceKeys.Repeat.EndNever, (int)PlannerRepeatEnd.Never, (int)model.RepeatEnd),
            await ItemAsync(PlannerWebResourceKeys.Repeat.EndOnDate, (int)PlannerRepeatEnd.OnDate, (int)model.RepeatEnd),
            await ItemAsync(PlannerWebResourceKeys.Repeat.EndAfterCount, (int)PlannerRepeatEnd.AfterCount, (int)model.RepeatEnd)
        };
        model.AvailableOrdinals = new List<SelectListItem>
        {
            await ItemAsync(PlannerWebResourceKeys.Repeat.First, 1, model.MonthlyOrdinal),
            await ItemAsync(PlannerWebResourceKeys.Repeat.Second, 2, model.MonthlyOrdinal),
            await ItemAsync(PlannerWebResourceKeys.Repeat.Third, 3, model.MonthlyOrdinal),
            await ItemAsync(PlannerWebResourceKeys.Repeat.Fourth, 4, model.MonthlyOrdinal),
            await ItemAsync(PlannerWebResourceKeys.Repeat.Last, -1, model.MonthlyOrdinal)
        };

        var culture = await _display.CultureAsync();
        model.AvailableDays = new List<SelectListItem>();
        foreach (var day in new[] { 1, 2, 3, 4, 5, 6, 0 })
            model.AvailableDays.Add(new SelectListItem(culture.DateTimeFormat.GetDayName((DayOfWeek)day), day.ToString(CultureInfo.InvariantCulture),
                (model.RepeatDays ?? []).Contains(day)));
        return model;
    }

    /// <summary>
    /// The service's request from the form, or the key of what cannot be read (a date or time that is not one).
    /// An edit whose chooser still means the stored rule keeps that rule as it is.
    /// </summary>
    public async Task<(PlannerBlockRequest Request, string ErrorKey)> ToRequestAsync(PlannerBlockEditModel model, PlannerBlock block = null)
    {
        var date = PlannerDisplay.ParseDate(model.StartDate);
        var time = TimeOnly.TryParseExact(model.StartTime?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (TimeOnly?)null;
        if (date == null || time == null)
            return (null, PlannerWebResourceKeys.Form.InvalidStart);

        string rule;
        try
        {
            rule = PlannerRuleForm.Build(model);
            if (block != null && block.IsRecurring)
            {
                var stored = new PlannerBlockEditModel();
                PlannerRuleForm.Read(block.RecurrenceRule, await _timeZones.ForStoreAsync(block.StoreId), block.StartLocal, stored);
                if (PlannerRuleForm.SameChoice(model, stored))
                    rule = block.RecurrenceRule;
            }
        }
        catch (PlannerRuleException exception)
        {
            return (null, exception.ResourceKey);
        }

        return (new PlannerBlockRequest
        {
            StoreId = block?.StoreId ?? model.StoreId,
            Title = model.Title,
            Category = model.Category,
            StartLocal = date.Value.ToDateTime(time.Value),
            DurationMinutes = model.DurationMinutes,
            Colour = model.Colour,
            AssigneeCustomerId = model.AssigneeCustomerId,
            Notes = model.Notes,
            ProcedureSteps = SplitSteps(model.Procedure).ToList(),
            LiveBinding = (PlannerLiveBinding)model.LiveBindingId,
            RecurrenceRule = rule
        }, null);
    }

    /// <summary>The block's own values as a request (a move of a one-off block changes only start and duration).</summary>
    public static PlannerBlockRequest RequestFrom(PlannerBlock block) => new()
    {
        StoreId = block.StoreId,
        Title = block.Title,
        Category = block.Category,
        StartLocal = block.StartLocal,
        DurationMinutes = block.DurationMinutes,
        Colour = block.Colour,
        AssigneeCustomerId = block.AssigneeCustomerId,
        Notes = block.Notes,
        ProcedureSteps = block.ProcedureSteps,
        LiveBinding = block.LiveBinding,
        RecurrenceRule = block.RecurrenceRule
    };

    public static IList<string> SplitSteps(string procedure) =>
        string.IsNullOrEmpty(procedure)
            ? new List<string>()
            : procedure.ReplaceLineEndings("\n").Split('\n').Select(step => step.Trim()).Where(step => step.Length > 0).ToList();

    private async Task<SelectListItem> ItemAsync(string key, int value, int selected) =>
        new(await _display.TextAsync(key), value.ToString(CultureInfo.InvariantCulture), value == selected);
}
