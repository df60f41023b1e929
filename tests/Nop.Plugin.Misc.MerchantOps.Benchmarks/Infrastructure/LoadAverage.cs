using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>
/// The machine's 1-minute load average (/proc/loadavg, what `uptime` shows first): the machine is shared, so every
/// result carries the load it was measured under.
/// </summary>
public static class LoadAverage
{
    public static string Now => File.Exists("/proc/loadavg")
        ? File.ReadAllText("/proc/loadavg").Split(' ')[0]
        : "?";
}

/// <summary>Records the load average when each benchmark case starts and ends its measurement.</summary>
public sealed class LoadAverageRecorder : EventProcessor
{
    private static readonly ConcurrentDictionary<BenchmarkCase, (string Start, string End)> _loads = new();

    public static string Of(BenchmarkCase benchmarkCase) =>
        _loads.TryGetValue(benchmarkCase, out var load) ? $"{load.Start}-{load.End}" : "?";

    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase) => _loads[benchmarkCase] = (LoadAverage.Now, "?");

    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report) =>
        _loads.AddOrUpdate(benchmarkCase, _ => ("?", LoadAverage.Now), (_, load) => (load.Start, LoadAverage.Now));
}

/// <summary>The load average at the start and the end of the case's measurement.</summary>
public sealed class LoadAverageColumn : IColumn
{
    public string Id => "MerchantOps.LoadAverage";
    public string ColumnName => "Load";
    public string Legend => "1-minute load average (uptime) when the case's measurement started-ended; the machine has " +
        Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " cores and is shared";
    public UnitType UnitType => UnitType.Dimensionless;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 10;
    public bool IsNumeric => false;

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => LoadAverageRecorder.Of(benchmarkCase);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public override string ToString() => ColumnName;
}
