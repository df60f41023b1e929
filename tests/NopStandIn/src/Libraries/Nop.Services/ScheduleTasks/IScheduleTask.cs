namespace Nop.Services.ScheduleTasks;

// Real source: src/Libraries/Nop.Services/ScheduleTasks/IScheduleTask.cs
public partial interface IScheduleTask
{
    Task ExecuteAsync();
}
