using Nop.Plugin.Misc.MerchantOps.Kpi.Services;
using Nop.Plugin.Misc.MerchantOps.Kpi.Services.Contracts;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Kpi;

/// <summary>The real rollup, except that rolling up <see cref="FailOn"/> throws, as a database dropping the connection would.</summary>
public sealed class FailingRollup : IKpiRollupService
{
    private readonly KpiRollupService _inner;

    public FailingRollup(KpiRollupService inner)
    {
        _inner = inner;
    }

    public static DateOnly FailOn { get; set; }

    public Task<KpiDayRollup> RollUpDayAsync(int storeId, DateOnly day) =>
        day == FailOn ? throw new TimeoutException($"interrupted while rolling up {day}") : _inner.RollUpDayAsync(storeId, day);

    public Task<int> RollUpRecentAsync(int storeId) => _inner.RollUpRecentAsync(storeId);
}
