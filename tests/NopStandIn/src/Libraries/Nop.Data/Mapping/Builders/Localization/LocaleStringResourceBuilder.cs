using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Localization;
using Nop.Data.Extensions;

namespace Nop.Data.Mapping.Builders.Localization;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Localization/LocaleStringResourceBuilder.cs
public partial class LocaleStringResourceBuilder : NopEntityBuilder<LocaleStringResource>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(LocaleStringResource.ResourceName)).AsString(200).NotNullable()
            .WithColumn(nameof(LocaleStringResource.ResourceValue)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(LocaleStringResource.LanguageId)).AsInt32().ForeignKey<Language>();
    }
}
