namespace Nop.Core.Domain.Logging;

// Real source: src/Libraries/Nop.Core/Domain/Logging/LogLevel.cs
public enum LogLevel
{
    Debug = 10,
    Information = 20,
    Warning = 30,
    Error = 40,
    Fatal = 50
}
