namespace Nop.Core.Infrastructure;

// Real source: src/Libraries/Nop.Core/Infrastructure/IStartupTask.cs
/// <summary>
/// Work done once at application start: nopCommerce creates every class implementing it (in every loaded
/// assembly, plugins included), sorts them by <see cref="Order"/> and runs them at the end of service registration.
/// </summary>
public partial interface IStartupTask
{
    void Execute();

    int Order { get; }
}
