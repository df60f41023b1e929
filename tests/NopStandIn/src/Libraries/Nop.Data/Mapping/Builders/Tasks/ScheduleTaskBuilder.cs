using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.ScheduleTasks;

namespace Nop.Data.Mapping.Builders.Tasks;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Tasks/ScheduleTaskBuilder.cs
public partial class ScheduleTaskBuilder : NopEntityBuilder<ScheduleTask>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ScheduleTask.Name)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(ScheduleTask.Type)).AsString(int.MaxValue).NotNullable();
    }
}
