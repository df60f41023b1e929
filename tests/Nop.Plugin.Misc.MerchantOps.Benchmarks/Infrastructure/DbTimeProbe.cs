using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Running;
using Npgsql;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

/// <summary>PostgreSQL's own time for one call of a benchmark: planning + execution of every statement it sent.</summary>
public sealed record DbTime(double MedianMs, int Statements, string PlanFile, string Error)
{
    public static DbTime Failed(string error) => new(double.NaN, 0, null, error);
}

/// <summary>
/// After BenchmarkDotNet has measured, runs each benchmark once more outside the measurement (a new instance, its
/// [Params] set, [GlobalSetup] … [GlobalCleanup]), records the statements linq2db sends (<see cref="SqlCapture"/>) and
/// replays each with <c>EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON)</c> in a rolled-back transaction, <see cref="Repeats"/>
/// times: the median of the summed "Planning Time" + "Execution Time" is the database's share of the call, without the
/// network, Npgsql, linq2db and the application code. The plans (EXPLAIN ANALYZE, BUFFERS) go to
/// BenchmarkDotNet.Artifacts/results/plans/ so a slow query can be read there.
/// </summary>
/// <summary>
/// A benchmark whose call changes what the next call finds (it creates a batch, which claims orders): the database
/// is put back before every measured call ([IterationSetup]) and before the probe's calls and replays.
/// </summary>
public interface IResetBeforeEachCall
{
    /// <summary>
    /// PostgreSQL statement(s) that put the database back as each call of <paramref name="benchmark"/> (the method's
    /// name) finds it, or null when its calls change nothing the next one meets; must be transactional.
    /// </summary>
    string ResetSqlFor(string benchmark);
}

public static class DbTimeProbe
{
    public const int Repeats = 5;

    private static readonly ConcurrentDictionary<string, DbTime> _results = new();

    public static DbTime Measure(BenchmarkCase benchmarkCase, string resultsDirectory) =>
        _results.GetOrAdd(benchmarkCase.DisplayInfo, _ =>
        {
            try
            {
                return MeasureCore(benchmarkCase, resultsDirectory);
            }
            catch (Exception exception)
            {
                var error = (exception as TargetInvocationException)?.InnerException ?? exception;
                Console.WriteLine($"// DbTimeProbe: {benchmarkCase.DisplayInfo}: {error.GetType().Name}: {error.Message}");
                return DbTime.Failed(error.Message);
            }
        });

    private static DbTime MeasureCore(BenchmarkCase benchmarkCase, string resultsDirectory)
    {
        var descriptor = benchmarkCase.Descriptor;
        var instance = Activator.CreateInstance(descriptor.Type);
        foreach (var parameter in benchmarkCase.Parameters.Items.Where(parameter => !parameter.IsArgument))
            SetMember(instance, parameter.Name, parameter.Value);
        var arguments = benchmarkCase.Parameters.Items.Where(parameter => parameter.IsArgument).Select(parameter => parameter.Value).ToArray();

        Invoke(descriptor.GlobalSetupMethod, instance, []);
        try
        {
            // once to warm the caches as the measured iterations had them, once recorded; a call that changes what
            // the next one finds starts from the state it is measured in
            var reset = (instance as IResetBeforeEachCall)?.ResetSqlFor(descriptor.WorkloadMethod.Name);
            var cold = instance is IColdBeforeEachCall { IsCold: true } coldCase ? coldCase : null;
            Reset(reset);
            Invoke(descriptor.WorkloadMethod, instance, arguments);
            Reset(reset);
            cold?.MakeCold();
            IReadOnlyList<CapturedCommand> commands;
            using (SqlCapture.Start(out var captured))
            {
                Invoke(descriptor.WorkloadMethod, instance, arguments);
                commands = captured();
            }

            if (commands.Count == 0)
                return new DbTime(0, 0, null, null);

            // a cold case replays each time on emptied caches and a new connection (a new backend)
            var totals = new List<double>();
            for (var repeat = 0; repeat < Repeats; repeat++)
            {
                cold?.MakeCold();
                using var replaying = Open();
                totals.Add(Replay(replaying, commands, reset, "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) ", ExplainMs).Sum());
            }
            totals.Sort();

            cold?.MakeCold();
            using var connection = Open();
            var planFile = WritePlans(connection, benchmarkCase, commands, reset, resultsDirectory);
            return new DbTime(totals[totals.Count / 2], commands.Count, planFile, null);
        }
        finally
        {
            Invoke(descriptor.GlobalCleanupMethod, instance, []);
        }
    }

    /// <summary>
    /// Runs each statement with the EXPLAIN prefix and rolls back: each in a transaction of its own, or, for a call that
    /// changes what the next finds, all in one transaction that first puts the database back as the call found it (its
    /// statements then meet the rows and identity values they met when recorded).
    /// </summary>
    private static List<T> Replay<T>(NpgsqlConnection connection, IReadOnlyList<CapturedCommand> commands, string reset, string prefix,
        Func<NpgsqlCommand, T> read)
    {
        var results = new List<T>();
        NpgsqlTransaction shared = null;
        if (reset != null)
        {
            shared = connection.BeginTransaction();
            using var resetCommand = new NpgsqlCommand(reset, connection, shared);
            resetCommand.ExecuteNonQuery();
        }

        try
        {
            foreach (var captured in commands)
            {
                var transaction = shared ?? connection.BeginTransaction();
                using (var command = captured.ToCommand(prefix, connection, transaction))
                    results.Add(read(command));
                if (shared == null)
                {
                    transaction.Rollback();
                    transaction.Dispose();
                }
            }
        }
        finally
        {
            shared?.Rollback();
            shared?.Dispose();
        }

        return results;
    }

    private static NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(BenchFixture.Database.ConnectionString);
        connection.Open();
        return connection;
    }

    private static double ExplainMs(NpgsqlCommand command)
    {
        var json = (string)command.ExecuteScalar();
        using var document = JsonDocument.Parse(json);
        var plan = document.RootElement[0];
        return plan.GetProperty("Planning Time").GetDouble() + plan.GetProperty("Execution Time").GetDouble();
    }

    private static void Reset(string sql)
    {
        if (sql != null)
            BenchFixture.Database.ExecuteAsync(sql).GetAwaiter().GetResult();
    }

    private static string WritePlans(NpgsqlConnection connection, BenchmarkCase benchmarkCase, IReadOnlyList<CapturedCommand> commands, string reset,
        string resultsDirectory)
    {
        if (string.IsNullOrEmpty(resultsDirectory))
            return null;

        var plans = Replay(connection, commands, reset, "EXPLAIN (ANALYZE, BUFFERS) ", command =>
        {
            var lines = new StringBuilder();
            using var reader = command.ExecuteReader();
            while (reader.Read())
                lines.AppendLine(reader.GetString(0));
            return lines.ToString();
        });

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"-- {benchmarkCase.DisplayInfo}: {commands.Count} statement(s), EXPLAIN (ANALYZE, BUFFERS) on {DateTime.Now:yyyy-MM-dd HH:mm}, " +
            $"database {BenchFixture.Database.DatabaseName}, load average {LoadAverage.Now}");
        if (reset != null)
            text.AppendLine(CultureInfo.InvariantCulture, $"-- replayed in one transaction after: {reset}");
        for (var i = 0; i < commands.Count; i++)
        {
            var captured = commands[i];
            text.AppendLine().AppendLine(captured.Sql.Trim());
            foreach (var parameter in captured.Parameters)
                text.AppendLine(CultureInfo.InvariantCulture, $"--   {parameter.ParameterName} = {FormatValue(parameter.Value)} ({parameter.DataTypeName ?? parameter.NpgsqlDbType.ToString()})");
            text.AppendLine("--").Append(plans[i]);
        }

        var folder = Path.Combine(resultsDirectory, "plans");
        Directory.CreateDirectory(folder);
        var name = string.Concat((benchmarkCase.Descriptor.Type.Name + "." + benchmarkCase.Descriptor.WorkloadMethod.Name + "_" +
            benchmarkCase.Parameters.DisplayInfo).Select(character => char.IsLetterOrDigit(character) || character is '.' or '_' or '-' ? character : '_'));
        var path = Path.Combine(folder, name.TrimEnd('_') + ".txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string FormatValue(object value) => value switch
    {
        null or DBNull => "NULL",
        string text => $"'{text}'",
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "{" + string.Join(",", items.Cast<object>()) + "}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()
    };

    private static void SetMember(object instance, string name, object value)
    {
        var type = instance.GetType();
        if (type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public) is { CanWrite: true } property)
            property.SetValue(instance, value);
        else if (type.GetField(name, BindingFlags.Instance | BindingFlags.Public) is { } field)
            field.SetValue(instance, value);
        else
            throw new InvalidOperationException($"{type.Name}.{name}: no public property or field for the parameter.");
    }

    private static void Invoke(MethodInfo method, object instance, object[] arguments)
    {
        if (method == null)
            return;

        var result = method.Invoke(instance, arguments);
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case ValueTask valueTask:
                valueTask.AsTask().GetAwaiter().GetResult();
                break;
            case not null when result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                ((Task)result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!).GetAwaiter().GetResult();
                break;
        }
    }
}
