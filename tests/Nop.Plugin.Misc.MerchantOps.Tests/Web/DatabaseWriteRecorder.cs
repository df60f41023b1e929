using System.Diagnostics;
using System.Text.RegularExpressions;
using LinqToDB.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Data;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Web;

/// <summary>
/// Records every statement that changes one test database (insert, update, delete, schema change) in the host's
/// <see cref="WriteLog"/>, so that the GET sweep sees database writes beside settings and resources. It uses
/// linq2db's connection trace, a process-wide switch: only for tests that do not run in parallel with others.
/// </summary>
public sealed partial class DatabaseWriteRecorder : IDisposable
{
    private readonly DatabaseTrace _trace;

    public DatabaseWriteRecorder(TestDatabase database, WriteLog writes)
    {
        _trace = new DatabaseTrace(database, info =>
        {
            if (info.TraceInfoStep == TraceInfoStep.BeforeExecute && ChangesData(info.SqlText))
                writes.Record("database", OneLine(info.SqlText));
        });
    }

    /// <summary>Whether a statement (linq2db's text, with its comment and parameter lines) changes data or schema.</summary>
    public static bool ChangesData(string sql) =>
        sql.Split('\n').Select(line => line.Trim()).Any(line => WriteStatement().IsMatch(line));

    private static string OneLine(string sql)
    {
        //linq2db's trace starts with the parameters (DECLARE / SET lines): the statement comes after them
        var lines = sql.Split('\n').Select(line => line.Trim()).ToList();
        var text = string.Join(" ", lines.SkipWhile(line => !WriteStatement().IsMatch(line)).Where(line => line.Length > 0 && !line.StartsWith("--")));
        return text.Length > 160 ? text[..160] + "…" : text;
    }

    [GeneratedRegex(@"^(INSERT|UPDATE|DELETE|MERGE|REPLACE|CREATE|DROP|ALTER|TRUNCATE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WriteStatement();

    public void Dispose()
    {
        _trace.Dispose();
    }
}
