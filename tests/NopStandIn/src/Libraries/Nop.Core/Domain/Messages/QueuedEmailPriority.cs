namespace Nop.Core.Domain.Messages;

// Real source: src/Libraries/Nop.Core/Domain/Messages/QueuedEmailPriority.cs
public enum QueuedEmailPriority
{
    Low = 0,
    High = 5
}
