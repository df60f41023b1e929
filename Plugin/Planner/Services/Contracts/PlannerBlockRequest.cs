using Nop.Plugin.Misc.MerchantOps.Planner.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;

/// <summary>
/// A block as the form sends it. <see cref="StartLocal"/> is the store's local date and time; <see cref="RecurrenceRule"/>
/// an RRULE (null or empty: one-off); <see cref="ProcedureSteps"/> the numbered steps in order.
/// </summary>
public record PlannerBlockRequest
{
    public int StoreId { get; init; }
    public string Title { get; init; }
    public string Category { get; init; }
    public DateTime StartLocal { get; init; }
    public int DurationMinutes { get; init; }
    public string Colour { get; init; }
    public int AssigneeCustomerId { get; init; }
    public string Notes { get; init; }
    public IReadOnlyList<string> ProcedureSteps { get; init; } = [];
    public PlannerLiveBinding LiveBinding { get; init; }
    public string RecurrenceRule { get; init; }
}
