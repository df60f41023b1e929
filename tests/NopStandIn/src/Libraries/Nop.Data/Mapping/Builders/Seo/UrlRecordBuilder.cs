using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Seo;

namespace Nop.Data.Mapping.Builders.Seo;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Seo/UrlRecordBuilder.cs
public partial class UrlRecordBuilder : NopEntityBuilder<UrlRecord>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(UrlRecord.EntityName)).AsString(400).NotNullable()
            .WithColumn(nameof(UrlRecord.Slug)).AsString(400).NotNullable();
    }
}
