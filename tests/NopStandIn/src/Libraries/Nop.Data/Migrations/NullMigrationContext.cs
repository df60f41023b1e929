using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;

namespace Nop.Data.Migrations;

// Real source: src/Libraries/Nop.Data/Migrations/NullMigrationContext.cs
/// <summary>A migration context that only collects expressions (used to read a table definition without running it).</summary>
public class NullMigrationContext : IMigrationContext
{
    public IServiceProvider ServiceProvider { get; set; }

    public ICollection<IMigrationExpression> Expressions { get; set; } = new List<IMigrationExpression>();

    public IQuerySchema QuerySchema { get; set; }

    public string Connection { get; set; }
}
