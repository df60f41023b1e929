using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The week page: the store (asked, else the current one), the week holding the day asked (else today in the store's
/// zone), its occurrences placed in the grid with their live counts (one call for every binding of the week), and
/// whether the default routine is still to offer.
/// </summary>
public class PlannerWeekModelFactory
{
    /// <summary>The grid shows at least these hours; it widens to show every block.</summary>
    public const int DefaultFirstHour = 7;
    public const int DefaultLastHour = 20;

    private readonly IPlannerBlockService _blockService;
    private readonly TimeProvider _clock;
    private readonly PlannerDisplay _display;
    private readonly IPlannerLiveCountModelFactory _liveCounts;
    private readonly IPlannerRoutineService _routineService;
    private readonly IStoreContext _storeContext;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;

    public PlannerWeekModelFactory(IPlannerBlockService blockService,
        TimeProvider clock,
        PlannerDisplay display,
        IPlannerLiveCountModelFactory liveCounts,
        IPlannerRoutineService routineService,
        IStoreContext storeContext,
        IStoreService storeService,
        PlannerTimeZones timeZones)
    {
        _blockService = blockService;
        _clock = clock;
        _display = display;
        _liveCounts = liveCounts;
        _routineService = routineService;
        _storeContext = storeContext;
        _storeService = storeService;
        _timeZones = timeZones;
    }

    /// <summary>The store asked when it exists, else the current store.</summary>
    public async Task<int> ResolveStoreAsync(int storeId)
    {
        if (storeId > 0 && await _storeService.GetStoreByIdAsync(storeId) != null)
            return storeId;
        return (await _storeContext.GetCurrentStoreAsync()).Id;
    }

    /// <summary>Today in the store's zone.</summary>
    public async Task<DateOnly> TodayAsync(int storeId)
    {
        var zone = await _timeZones.ForStoreAsync(storeId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, zone));
    }

    public async Task<PlannerWeekModel> PrepareWeekModelAsync(int storeId, string day, bool mine)
    {
        storeId = await ResolveStoreAsync(storeId);
        var today = await TodayAsync(storeId);
        var asked = PlannerDisplay.ParseDate(day) ?? today;
        if (asked.Year is < PlannerLimits.MinYear or > PlannerLimits.MaxYear)
            asked = today;

        var week = await _blockService.GetWeekAsync(storeId, asked, mine);
        var bindings = week.Items.Select(item => item.Block.LiveBinding).Where(binding => binding != PlannerLiveBinding.None).Distinct().ToList();
        var counts = bindings.Count == 0
            ? new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>()
            : await _liveCounts.PrepareAsync(storeId, bindings) ?? new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>();

        var monday = week.Monday;
        var model = new PlannerWeekModel
        {
            StoreId = storeId,
            Mine = mine,
            Monday = PlannerDisplay.Date(monday),
            Previous = PlannerDisplay.Date(monday.AddDays(-7)),
            Next = PlannerDisplay.Date(monday.AddDays(7)),
            Today = PlannerDisplay.Date(today),
            Heading = await _display.FormatAsync(PlannerWebResourceKeys.Week.Heading,
                await _display.LongDateAsync(monday), await _display.LongDateAsync(monday.AddDays(6))),
            TimeZoneName = week.TimeZone.DisplayName,
            Truncated = week.Truncated,
            OfferRoutine = !await _routineService.IsCreatedAsync(storeId),
            ActiveDay = PlannerDisplay.Date(today >= monday && today <= monday.AddDays(6) ? today : monday)
        };

        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(), store.Id == storeId));

        var first = DefaultFirstHour;
        var last = DefaultLastHour;
        foreach (var item in week.Items.Where(item => InWeek(item, monday)))
        {
            first = Math.Min(first, item.Occurrence.StartLocal.Hour);
            var end = item.Occurrence.EndLocal.Date > item.Occurrence.StartLocal.Date ? 24 : (int)Math.Ceiling(item.Occurrence.EndLocal.TimeOfDay.TotalHours);
            last = Math.Max(last, end);
        }
        model.FirstHour = first;
        model.LastHour = Math.Max(last, first + 1);
        for (var hour = model.FirstHour; hour < model.LastHour; hour++)
            model.Hours.Add(await _display.ClockAsync(new DateTime(2000, 1, 1, hour, 0, 0)));

        for (var offset = 0; offset < 7; offset++)
        {
            var date = monday.AddDays(offset);
            var dayModel = new PlannerDayModel
            {
                Date = PlannerDisplay.Date(date),
                Name = await _display.DayNameAsync(date),
                ShortName = await _display.ShortDayNameAsync(date),
                IsToday = date == today
            };
            foreach (var item in week.Items.Where(item => DateOnly.FromDateTime(item.Occurrence.StartLocal) == date))
                dayModel.Items.Add(await PrepareItemAsync(item, model.FirstHour, counts));
            PlannerDayLayout.Arrange(dayModel.Items);
            model.Days.Add(dayModel);
        }

        return model;
    }

    private static bool InWeek(PlannerWeekItem item, DateOnly monday)
    {
        var date = DateOnly.FromDateTime(item.Occurrence.StartLocal);
        return date >= monday && date <= monday.AddDays(6);
    }

    private async Task<PlannerOccurrenceItemModel> PrepareItemAsync(PlannerWeekItem item, int firstHour,
        IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel> counts)
    {
        var block = item.Block;
        var occurrence = item.Occurrence;
        var top = (int)(occurrence.StartLocal.TimeOfDay.TotalMinutes - firstHour * 60);
        var dayEnd = 24 * 60 - firstHour * 60;
        counts.TryGetValue(block.LiveBinding, out var live);

        return new PlannerOccurrenceItemModel
        {
            BlockId = block.Id,
            Version = block.Version,
            Title = block.Title,
            Category = block.Category,
            Colour = block.Colour ?? PlannerBlock.DefaultColour,
            AssigneeName = await _display.PersonAsync(block.AssigneeCustomerId),
            TimeText = $"{await _display.ClockAsync(occurrence.StartLocal)} – {await _display.ClockAsync(occurrence.EndLocal)}",
            OriginalStart = PlannerDisplay.Local(occurrence.OriginalStartLocal),
            Start = PlannerDisplay.Local(occurrence.StartLocal),
            Minutes = occurrence.DurationMinutes,
            Top = top,
            Height = Math.Max(15, Math.Min(occurrence.DurationMinutes, dayEnd - top)),
            Recurring = block.IsRecurring,
            Moved = occurrence.Moved,
            Skipped = occurrence.Skipped,
            Done = item.Done,
            Late = !item.Done && !occurrence.Skipped && occurrence.EndUtc <= _clock.GetUtcNow().UtcDateTime
                && occurrence.EndUtc > _clock.GetUtcNow().UtcDateTime.AddDays(-PlannerLimits.LateLookbackDays),
            DoneText = item.Completion == null
                ? null
                : await _display.FormatAsync(PlannerWebResourceKeys.Week.DoneBy, await _display.PersonAsync(item.Completion.DoneByCustomerId),
                    await _display.DateAsync(item.Completion.DoneOnUtc)),
            HasProcedure = block.ProcedureSteps.Count > 0,
            LiveText = live?.Text,
            LiveUrl = live?.Url
        };
    }
}
