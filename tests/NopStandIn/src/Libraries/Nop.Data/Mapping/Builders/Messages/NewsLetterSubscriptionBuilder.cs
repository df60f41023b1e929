using FluentMigrator.Builders.Create.Table;
using Nop.Core.Domain.Messages;

namespace Nop.Data.Mapping.Builders.Messages;

// Real source: src/Libraries/Nop.Data/Mapping/Builders/Messages/NewsLetterSubscriptionBuilder.cs
// Stand-in: no NewsLetterSubscriptionType table, so TypeId has no foreign key.
public partial class NewsLetterSubscriptionBuilder : NopEntityBuilder<NewsLetterSubscription>
{
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(NewsLetterSubscription.TypeId)).AsInt32().NotNullable()
            .WithColumn(nameof(NewsLetterSubscription.Email)).AsString(255).NotNullable();
    }
}
