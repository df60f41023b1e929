namespace Nop.Core.Domain.Localization;

// Real source: src/Libraries/Nop.Core/Domain/Localization/ILocalizedEntity.cs
public partial interface ILocalizedEntity
{
}
