using Nop.Core.Domain.ScheduleTasks;
using Nop.Data;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>IScheduleTaskService over real ScheduleTask rows.</summary>
public class RepositoryScheduleTaskService : IScheduleTaskService
{
    private readonly IRepository<ScheduleTask> _tasks;

    public RepositoryScheduleTaskService(IRepository<ScheduleTask> tasks)
    {
        _tasks = tasks;
    }

    public Task DeleteTaskAsync(ScheduleTask task) => _tasks.DeleteAsync(task);

    public Task<ScheduleTask> GetTaskByIdAsync(int taskId) => _tasks.GetByIdAsync(taskId);

    public async Task<ScheduleTask> GetTaskByTypeAsync(string type) => await _tasks.Table.FirstOrDefaultAsync(t => t.Type == type);

    public async Task<IList<ScheduleTask>> GetAllTasksAsync(bool showHidden = false) =>
        await _tasks.Table.Where(t => showHidden || t.Enabled).ToListAsync();

    public Task InsertTaskAsync(ScheduleTask task) => _tasks.InsertAsync(task);

    public Task UpdateTaskAsync(ScheduleTask task) => _tasks.UpdateAsync(task);
}
