using FluentValidation;

namespace Nop.Web.Framework.Validators;

// Real source: src/Presentation/Nop.Web.Framework/Validators/RuleBuilderOptionsExtension.cs
/// <summary>Task-returning message and predicate helpers for validator rules (awaited synchronously, as nopCommerce does).</summary>
public static class RuleBuilderOptionsExtension
{
    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage) =>
        rule.WithMessage(errorMessage.GetAwaiter().GetResult());

    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Func<Task<string>> errorMessage) =>
        rule.WithMessage(errorMessage().GetAwaiter().GetResult());

    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage, params object[] args) =>
        rule.WithMessage(string.Format(errorMessage.GetAwaiter().GetResult(), args));

    public static IRuleBuilderOptions<T, TProperty> MustAwait<T, TProperty>(this IRuleBuilder<T, TProperty> ruleBuilder,
        Func<T, TProperty, Task<bool>> predicate) =>
        ruleBuilder.Must((instance, value) => predicate(instance, value).GetAwaiter().GetResult());

    public static IRuleBuilderOptions<T, TProperty> WhenAwait<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        Func<T, Task<bool>> predicate, ApplyConditionTo applyConditionTo = ApplyConditionTo.AllValidators) =>
        rule.When(instance => predicate(instance).GetAwaiter().GetResult(), applyConditionTo);
}
