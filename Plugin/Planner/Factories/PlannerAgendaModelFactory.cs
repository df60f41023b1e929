using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Infrastructure.Text;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Models;
using Nop.Plugin.Misc.MerchantOps.Planner.Services;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Common;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Factories;

/// <summary>
/// The dashboard agenda of the current user in the current store: today's occurrences and the late ones, their live
/// counts (one call for all bindings) and the names of assignees and of who ticked them (one query). The choice
/// "mine / team" is the user's own generic attribute, as nopCommerce keeps the state of its dashboard cards.
/// Times are the store's local times, written in the user's language (the request's culture).
/// </summary>
public class PlannerAgendaModelFactory
{
    /// <summary>The customer's generic attribute holding "mine only" (true) or "the team's" (false, the default).</summary>
    public const string MineOnlyAttribute = "MerchantOps.Planner.AgendaMineOnly";

    /// <summary>
    /// The late ones shown on the card, oldest first; the rest are counted ("and 12 more late in the planner"). A week
    /// left unticked is hundreds of occurrences: a card of them would be neither readable nor quick.
    /// </summary>
    public const int MaxLateShown = 20;

    private const string OccurrenceKeyFormat = "yyyy-MM-ddTHH:mm";

    private readonly IPlannerAgendaService _agendaService;
    private readonly IRepository<Customer> _customers;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IPlannerLiveCountModelFactory _liveCounts;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public PlannerAgendaModelFactory(IPlannerAgendaService agendaService,
        IRepository<Customer> customers,
        IGenericAttributeService genericAttributeService,
        IPlannerLiveCountModelFactory liveCounts,
        IStoreContext storeContext,
        IWorkContext workContext)
    {
        _agendaService = agendaService;
        _customers = customers;
        _genericAttributeService = genericAttributeService;
        _liveCounts = liveCounts;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    /// <summary>The occurrence key as the done form posts it (the contract of PlannerOccurrence/Done and Undo).</summary>
    public static string OccurrenceKey(DateTime originalStartLocal) => originalStartLocal.ToString(OccurrenceKeyFormat, CultureInfo.InvariantCulture);

    /// <summary>The occurrence key read back; false for anything else.</summary>
    public static bool TryParseOccurrenceKey(string text, out DateTime originalStartLocal) =>
        DateTime.TryParseExact(text, OccurrenceKeyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out originalStartLocal);

    public async Task<PlannerAgendaModel> PrepareAsync()
    {
        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var mineOnly = await _genericAttributeService.GetAttributeAsync<bool>(customer, MineOnlyAttribute);
        var agenda = await _agendaService.GetTodayAsync(store.Id, mineOnly);

        var late = agenda.Late.Take(MaxLateShown).ToList();
        var all = agenda.Items.Concat(late).ToList();
        var bindings = all.Select(i => i.Block.LiveBinding).Where(b => b != PlannerLiveBinding.None).Distinct().ToList();
        var counts = bindings.Count == 0
            ? new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>()
            : await _liveCounts.PrepareAsync(store.Id, bindings) ?? new Dictionary<PlannerLiveBinding, PlannerLiveCountModel>();
        var names = await NamesAsync(all.Select(i => i.Block.AssigneeCustomerId)
            .Concat(all.Where(i => i.Done).Select(i => i.Completion.DoneByCustomerId)));

        PlannerAgendaItemModel Item(PlannerWeekItem item) => ToModel(item, agenda, customer.Id, names, counts);
        return new PlannerAgendaModel
        {
            MineOnly = mineOnly,
            TodayText = agenda.NowLocal.ToString("D", CultureInfo.CurrentCulture),
            TimeZoneName = agenda.TimeZone.Id,
            Items = agenda.Items.Select(Item).ToList(),
            Late = late.Select(Item).ToList(),
            MoreLateCount = agenda.Late.Count - late.Count
        };
    }

    private static PlannerAgendaItemModel ToModel(PlannerWeekItem item, PlannerAgenda agenda, int currentCustomerId,
        IReadOnlyDictionary<int, string> names, IReadOnlyDictionary<PlannerLiveBinding, PlannerLiveCountModel> counts)
    {
        var block = item.Block;
        var occurrence = item.Occurrence;
        var endedUndone = !item.Done && occurrence.EndUtc <= agenda.NowUtc;
        var model = new PlannerAgendaItemModel
        {
            BlockId = block.Id,
            OccurrenceStart = OccurrenceKey(occurrence.OriginalStartLocal),
            TimeText = item.Late
                ? $"{Day(occurrence.StartLocal)} {Time(occurrence.StartLocal)}–{Time(occurrence.EndLocal)}"
                : $"{Time(occurrence.StartLocal)}–{Time(occurrence.EndLocal)}",
            Title = block.Title,
            Category = block.Category,
            Colour = string.IsNullOrEmpty(block.Colour) ? PlannerBlock.DefaultColour : block.Colour,
            AssigneeName = block.AssigneeCustomerId == 0 ? null : names.GetValueOrDefault(block.AssigneeCustomerId),
            AssignedToMe = block.AssigneeCustomerId != 0 && block.AssigneeCustomerId == currentCustomerId,
            LiveCount = block.LiveBinding == PlannerLiveBinding.None ? null : counts.GetValueOrDefault(block.LiveBinding),
            Done = item.Done,
            Late = item.Late || endedUndone
        };

        if (model.Late)
        {
            // Late since the time it was planned for (what the planner shows), its day when not today.
            var since = occurrence.StartLocal;
            model.LateSinceText = since.Date == agenda.NowLocal.Date ? Time(since) : $"{Day(since)} {Time(since)}";
        }

        if (item.Done)
        {
            var doneLocal = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(item.Completion.DoneOnUtc, DateTimeKind.Utc), agenda.TimeZone);
            model.DoneByName = names.GetValueOrDefault(item.Completion.DoneByCustomerId);
            model.DoneAtText = doneLocal.Date == agenda.NowLocal.Date ? Time(doneLocal) : $"{Day(doneLocal)} {Time(doneLocal)}";
            model.DoneNote = item.Completion.Note;
        }

        return model;
    }

    private static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The abbreviated day name in the user's language ("Tue", "mar.").</summary>
    private static string Day(DateTime local) => local.ToString("ddd", CultureInfo.CurrentCulture);

    /// <summary>Names of the customers (full name, else e-mail, else "#id"), one statement.</summary>
    private async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> customerIds)
    {
        var ids = customerIds.Where(id => id > 0).Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<int, string>();

        var rows = await _customers.Table.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email }).ToListAsync();
        var names = rows.ToDictionary(c => c.Id, c => CustomerDisplayName.From(c.Id, c.FirstName, c.LastName, c.Email));
        foreach (var id in ids.Where(id => !names.ContainsKey(id)))
            names[id] = CustomerDisplayName.From(id, null, null);
        return names;
    }
}
