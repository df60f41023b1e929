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
            // once to warm the caches as the measured iterations had them, once recorded
            Invoke(descriptor.WorkloadMethod, instance, arguments);
            IReadOnlyList<CapturedCommand> commands;
            using (SqlCapture.Start(out var captured))
            {
                Invoke(descriptor.WorkloadMethod, instance, arguments);
                commands = captured();
            }

            if (commands.Count == 0)
                return new DbTime(0, 0, null, null);

            using var connection = new NpgsqlConnection(BenchFixture.Database.ConnectionString);
            connection.Open();

            var totals = new List<double>();
            for (var repeat = 0; repeat < Repeats; repeat++)
                totals.Add(commands.Sum(command => ExplainMs(connection, command)));
            totals.Sort();

            var planFile = WritePlans(connection, benchmarkCase, commands, resultsDirectory);
            return new DbTime(totals[totals.Count / 2], commands.Count, planFile, null);
        }
        finally
        {
            Invoke(descriptor.GlobalCleanupMethod, instance, []);
        }
    }

    private static double ExplainMs(NpgsqlConnection connection, CapturedCommand captured)
    {
        using var transaction = connection.BeginTransaction();
        using var command = captured.ToCommand("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) ", connection, transaction);
        var json = (string)command.ExecuteScalar();
        transaction.Rollback();

        using var document = JsonDocument.Parse(json);
        var plan = document.RootElement[0];
        return plan.GetProperty("Planning Time").GetDouble() + plan.GetProperty("Execution Time").GetDouble();
    }

    private static string WritePlans(NpgsqlConnection connection, BenchmarkCase benchmarkCase, IReadOnlyList<CapturedCommand> commands, string resultsDirectory)
    {
        if (string.IsNullOrEmpty(resultsDirectory))
            return null;

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"-- {benchmarkCase.DisplayInfo}: {commands.Count} statement(s), EXPLAIN (ANALYZE, BUFFERS) on {DateTime.Now:yyyy-MM-dd HH:mm}");
        foreach (var captured in commands)
        {
            text.AppendLine().AppendLine(captured.Sql.Trim());
            foreach (var parameter in captured.Parameters)
                text.AppendLine(CultureInfo.InvariantCulture, $"--   {parameter.ParameterName} = {FormatValue(parameter.Value)} ({parameter.DataTypeName ?? parameter.NpgsqlDbType.ToString()})");
            text.AppendLine("--");

            using var transaction = connection.BeginTransaction();
            using (var command = captured.ToCommand("EXPLAIN (ANALYZE, BUFFERS) ", connection, transaction))
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                    text.AppendLine(reader.GetString(0));
            transaction.Rollback();
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
