using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>Schedule tasks in memory; changes are logged to <see cref="WriteLog"/>. Singleton.</summary>
public sealed class InMemoryScheduleTaskService : IScheduleTaskService
{
    private readonly List<ScheduleTask> _tasks = new();
    private readonly WriteLog _writes;

    public InMemoryScheduleTaskService(WriteLog writes)
    {
        _writes = writes;
    }

    public Task DeleteTaskAsync(ScheduleTask task)
    {
        lock (_tasks)
            _tasks.RemoveAll(t => t.Id == task.Id);
        _writes.Record("schedule task", $"delete {task.Type}");
        return Task.CompletedTask;
    }

    public Task<ScheduleTask> GetTaskByIdAsync(int taskId)
    {
        lock (_tasks)
            return Task.FromResult(_tasks.FirstOrDefault(t => t.Id == taskId));
    }

    public Task<ScheduleTask> GetTaskByTypeAsync(string type)
    {
        lock (_tasks)
            return Task.FromResult(_tasks.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.OrdinalIgnoreCase)));
    }

    public Task<IList<ScheduleTask>> GetAllTasksAsync(bool showHidden = false)
    {
        lock (_tasks)
            return Task.FromResult<IList<ScheduleTask>>(_tasks.Where(t => showHidden || t.Enabled).ToList());
    }

    public Task InsertTaskAsync(ScheduleTask task)
    {
        lock (_tasks)
        {
            task.Id = _tasks.Count == 0 ? 1 : _tasks.Max(t => t.Id) + 1;
            _tasks.Add(task);
        }
        _writes.Record("schedule task", $"insert {task.Type}");
        return Task.CompletedTask;
    }

    public Task UpdateTaskAsync(ScheduleTask task)
    {
        _writes.Record("schedule task", $"update {task.Type}");
        return Task.CompletedTask;
    }
}
