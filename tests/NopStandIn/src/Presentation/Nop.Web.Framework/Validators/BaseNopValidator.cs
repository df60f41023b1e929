using FluentValidation;

namespace Nop.Web.Framework.Validators;

// Real source: src/Presentation/Nop.Web.Framework/Validators/BaseNopValidator.cs
// (the database-driven helpers SetDatabaseValidationRules & co. are left out of the stand-in)
public abstract partial class BaseNopValidator<TModel> : AbstractValidator<TModel> where TModel : class
{
}
