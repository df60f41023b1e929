using Nop.Core.Domain.ScheduleTasks;

namespace Nop.Services.ScheduleTasks;

// Real source: src/Libraries/Nop.Services/ScheduleTasks/IScheduleTaskService.cs
public partial interface IScheduleTaskService
{
    Task DeleteTaskAsync(ScheduleTask task);
    Task<ScheduleTask> GetTaskByIdAsync(int taskId);
    Task<ScheduleTask> GetTaskByTypeAsync(string type);
    Task<IList<ScheduleTask>> GetAllTasksAsync(bool showHidden = false);
    Task InsertTaskAsync(ScheduleTask task);
    Task UpdateTaskAsync(ScheduleTask task);
}
