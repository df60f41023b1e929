namespace Nop.Core.Domain.Messages;

// Real source: src/Libraries/Nop.Core/Domain/Messages/MessageDelayPeriod.cs
public enum MessageDelayPeriod
{
    Hours = 0,
    Days = 1
}
