namespace Nop.Services.Events;

// Real source: src/Libraries/Nop.Services/Events/IConsumer.cs
public partial interface IConsumer<T>
{
    Task HandleEventAsync(T eventMessage);
}
