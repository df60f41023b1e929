using System.Diagnostics;
using LinqToDB.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Counts the SQL statements linq2db sends to one test database while it is alive (linq2db's connection trace, a
/// process-wide switch: use it only in tests that do not run in parallel with others).
/// </summary>
public sealed class SqlStatementCounter : IDisposable
{
    private readonly DatabaseTrace _trace;
    private readonly List<string> _statements = new();

    public SqlStatementCounter(TestDatabase database)
    {
        _trace = new DatabaseTrace(database, info =>
        {
            if (info.TraceInfoStep == TraceInfoStep.BeforeExecute)
                lock (_statements)
                    _statements.Add(info.SqlText);
        });
    }

    public int Count
    {
        get
        {
            lock (_statements)
                return _statements.Count;
        }
    }

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
                return _statements.ToList();
        }
    }

    public void Reset()
    {
        lock (_statements)
            _statements.Clear();
    }

    public void Dispose()
    {
        _trace.Dispose();
    }
}
