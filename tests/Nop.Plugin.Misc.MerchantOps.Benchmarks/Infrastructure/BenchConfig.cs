using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>
/// Short but honest runs on a shared 2-core machine: in-process (the default toolchain would generate and build a
/// project of its own for the machine's .NET 10 runtime, rebuilding the plugin and the stand-in each time), 3 warm-up
/// and 15 measured iterations, times in milliseconds, allocations, and the database's own time per call
/// (<see cref="DbTimeColumn"/>).
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(string artifactsPath)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("Bench");

        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
            .AddExporter(DefaultConfig.Instance.GetExporters().ToArray())
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
            .AddColumnProvider(DefaultColumnProviders.Descriptor, DefaultColumnProviders.Job, DefaultColumnProviders.Params, DefaultColumnProviders.Metrics)
            .AddColumn(StatisticColumn.Mean, StatisticColumn.Median, StatisticColumn.StdDev, StatisticColumn.Min, StatisticColumn.Max,
                StatisticColumn.P95, new DbTimeColumn(DbTimeColumn.Kind.Milliseconds), new DbTimeColumn(DbTimeColumn.Kind.Statements), new LoadAverageColumn())
            .AddEventProcessor(new LoadAverageRecorder())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond).WithCultureInfo(CultureInfo.InvariantCulture))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
    }
}

/// <summary>The database's share of one call (see <see cref="DbTimeProbe"/>), next to BenchmarkDotNet's own times.</summary>
public sealed class DbTimeColumn(DbTimeColumn.Kind kind) : IColumn
{
    public enum Kind { Milliseconds, Statements }

    public string Id => "MerchantOps.Db." + kind;
    public string ColumnName => kind == Kind.Milliseconds ? "DB ms" : "SQL";
    public string Legend => kind == Kind.Milliseconds
        ? "PostgreSQL planning + execution of the call's statements, median of " + DbTimeProbe.Repeats + " EXPLAIN ANALYZE replays (ms)"
        : "Statements the call sends";
    public UnitType UnitType => UnitType.Dimensionless;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)kind;
    public bool IsNumeric => true;

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var time = DbTimeProbe.Measure(benchmarkCase, summary.ResultsDirectoryPath);
        if (time.Error != null)
            return "error";
        return kind == Kind.Milliseconds
            ? (double.IsNaN(time.MedianMs) ? "-" : time.MedianMs.ToString("0.00", CultureInfo.InvariantCulture))
            : time.Statements.ToString(CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
