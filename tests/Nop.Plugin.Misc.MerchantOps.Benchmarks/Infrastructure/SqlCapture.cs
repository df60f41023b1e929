using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using LinqToDB.Data;
using Npgsql;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>One statement linq2db sent: its text and a copy of its parameters (types included: strings go as citext).</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
{
    public NpgsqlCommand ToCommand(string prefix, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var command = new NpgsqlCommand(prefix + Sql, connection, transaction) { CommandTimeout = 0 };
        foreach (var parameter in Parameters)
            command.Parameters.Add(parameter.Clone());
        return command;
    }
}

/// <summary>
/// Records the statements linq2db sends while a capture is open (linq2db's trace hook, turned on only then), so
/// that <see cref="DbTimeProbe"/> can ask PostgreSQL how long it spent on them. Not used while BenchmarkDotNet measures.
/// </summary>
public static class SqlCapture
{
    private static readonly object _lock = new();
    private static ConcurrentQueue<CapturedCommand> _commands;
    private static Action<TraceInfo> _previousOnTrace;
    private static TraceLevel _previousLevel;

    public static IDisposable Start(out Func<IReadOnlyList<CapturedCommand>> captured)
    {
        lock (_lock)
        {
            if (_commands != null)
                throw new InvalidOperationException("A SQL capture is already open.");

            var commands = new ConcurrentQueue<CapturedCommand>();
            _commands = commands;
            _previousOnTrace = DataConnection.DefaultOnTraceConnection;
            _previousLevel = DataConnection.TraceSwitch.Level;
            DataConnection.TurnTraceSwitchOn(TraceLevel.Info);
            DataConnection.DefaultOnTraceConnection = OnTrace;
            captured = () => commands.ToArray();
            return new Stop();
        }
    }

    private static void OnTrace(TraceInfo info)
    {
        if (info.TraceInfoStep != TraceInfoStep.BeforeExecute || info.Command is not DbCommand command)
            return;

        var parameters = command.Parameters.OfType<NpgsqlParameter>().Select(parameter => parameter.Clone()).ToList();
        _commands?.Enqueue(new CapturedCommand(command.CommandText, parameters));
    }

    private sealed class Stop : IDisposable
    {
        public void Dispose()
        {
            lock (_lock)
            {
                DataConnection.DefaultOnTraceConnection = _previousOnTrace;
                DataConnection.TraceSwitch.Level = _previousLevel;
                _commands = null;
            }
        }
    }
}
