using System.Diagnostics;
using LinqToDB.Data;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Data;

/// <summary>
/// Hands every trace step of linq2db for one test database to <paramref name="onTrace"/> while alive, keeping the
/// previous handler and trace level, and puts them back on dispose. linq2db's trace is a process-wide switch: only for
/// tests that do not run in parallel with others.
/// </summary>
public sealed class DatabaseTrace : IDisposable
{
    private readonly Action<TraceInfo> _previousTrace;
    private readonly TraceLevel _previousLevel;

    public DatabaseTrace(TestDatabase database, Action<TraceInfo> onTrace)
    {
        var connectionString = database.ConnectionString;
        _previousTrace = DataConnection.DefaultOnTraceConnection;
        _previousLevel = DataConnection.TraceSwitch.Level;
        DataConnection.DefaultOnTraceConnection = info =>
        {
            if (info.DataConnection.ConnectionString == connectionString)
                onTrace(info);
            _previousTrace?.Invoke(info);
        };
        DataConnection.TurnTraceSwitchOn(TraceLevel.Info);
    }

    public void Dispose()
    {
        DataConnection.DefaultOnTraceConnection = _previousTrace;
        DataConnection.TurnTraceSwitchOn(_previousLevel);
    }
}
