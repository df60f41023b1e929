using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using LinqToDB.Data;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Races that really race. Each racer runs on a thread of its own (Microsoft.Data.Sqlite's async methods are
/// synchronous: two async calls awaited together on one thread run one after the other) and every racer waits at a
/// barrier until all are ready, so they start together. Give each racer its own application instance (own
/// repositories, cache and events; every statement opens its own connection).
/// </summary>
public static class Race
{
    private static readonly TimeSpan _barrierTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the racers at once, each on its own thread; their results in the racers' order.</summary>
    public static Task<T[]> RunAsync<T>(IReadOnlyList<Func<Task<T>>> racers)
    {
        var start = new Barrier(racers.Count);
        var threads = racers.Select(racer => Task.Factory.StartNew(() =>
        {
            if (!start.SignalAndWait(_barrierTimeout))
                throw new TimeoutException("The racers were not all ready in time.");

            // Blocking is fine on a thread of its own: the racer's synchronous parts all run here.
            return racer().GetAwaiter().GetResult();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        return WaitAllAsync(threads, start);
    }

    /// <summary>
    /// Runs rounds until every race-only path in <paramref name="counter"/> was taken at least once (and at least
    /// <paramref name="minRounds"/> rounds), but never more than <paramref name="maxRounds"/>; then fails if a path
    /// was never taken: a race test whose race never happened proves nothing.
    /// </summary>
    public static async Task RoundsAsync(int minRounds, int maxRounds, RaceCounter counter, Func<int, Task> round)
    {
        var rounds = 0;
        while (rounds < maxRounds && (rounds < minRounds || !counter.AllObserved))
            await round(rounds++);

        TestContext.Out.WriteLine($"{rounds} round(s): {counter}");
        counter.AssertAllObserved(rounds);
    }

    private static async Task<T[]> WaitAllAsync<T>(Task<T>[] threads, Barrier start)
    {
        try
        {
            return await Task.WhenAll(threads);
        }
        finally
        {
            start.Dispose();
        }
    }
}

/// <summary>How often each race-only path (the code that runs only when a racer loses) was taken.</summary>
public sealed class RaceCounter
{
    private readonly Dictionary<string, int> _counts;

    /// <param name="paths">The race-only paths the test must see taken.</param>
    public RaceCounter(params string[] paths)
    {
        _counts = paths.ToDictionary(path => path, _ => 0);
    }

    public int this[string path] => _counts[path];

    public bool AllObserved => _counts.Values.All(count => count > 0);

    public void Add(string path, int times = 1) => _counts[path] += times;

    public void AssertAllObserved(int rounds)
    {
        foreach (var (path, count) in _counts)
            Assert.That(count, Is.Positive, $"the race never happened: '{path}' was not taken in {rounds} round(s) ({this})");
    }

    public override string ToString() => string.Join(", ", _counts.Select(pair => $"{pair.Key}: {pair.Value}"));
}

/// <summary>
/// What the database refused one test database's statements while alive, per table: inserts a unique index
/// rejected, and updates that changed no row (a conditional update that lost). Reads linq2db's connection trace, a
/// process-wide switch (as <see cref="SqlStatementCounter"/>): only for tests that do not run in parallel with others.
/// </summary>
public sealed partial class DatabaseRefusals : IDisposable
{
    private readonly DatabaseTrace _trace;
    private readonly Dictionary<string, int> _rejectedInserts = new();
    private readonly Dictionary<string, int> _emptyUpdates = new();

    public DatabaseRefusals(TestDatabase database)
    {
        _trace = new DatabaseTrace(database, Record);
    }

    /// <summary>Inserts into the table that the database refused (a unique index, on these tests' data).</summary>
    public int RejectedInserts(string table) => Read(_rejectedInserts, table);

    /// <summary>Updates of the table that changed no row.</summary>
    public int EmptyUpdates(string table) => Read(_emptyUpdates, table);

    public void Dispose() => _trace.Dispose();

    private void Record(TraceInfo info)
    {
        if (info.SqlText is not { } sql || Statement().Match(sql) is not { Success: true } match)
            return;

        var (verb, table) = (match.Groups["verb"].Value.ToUpperInvariant(), match.Groups["table"].Value);
        if (info.TraceInfoStep == TraceInfoStep.Error && verb == "INSERT" && info.Exception is DbException)
            Increment(_rejectedInserts, table);
        else if (info.TraceInfoStep == TraceInfoStep.AfterExecute && verb == "UPDATE" && info.RecordsAffected == 0)
            Increment(_emptyUpdates, table);
    }

    private static int Read(Dictionary<string, int> counts, string table)
    {
        lock (counts)
            return counts.GetValueOrDefault(table);
    }

    private static void Increment(Dictionary<string, int> counts, string table)
    {
        lock (counts)
            counts[table] = counts.GetValueOrDefault(table) + 1;
    }

    // The first statement line (the trace puts comments and parameter declarations before it).
    [GeneratedRegex("""^\s*(?<verb>INSERT|UPDATE)\s+(?:INTO\s+)?[\["`]?(?<table>\w+)""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Statement();
}
