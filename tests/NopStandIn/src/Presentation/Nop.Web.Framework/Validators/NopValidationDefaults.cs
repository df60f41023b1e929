namespace Nop.Web.Framework.Validators;

// Real source: src/Presentation/Nop.Web.Framework/Validators/NopValidationDefaults.cs (subset)
public static partial class NopValidationDefaults
{
    public static string ValidationRuleSet => "Validate";

    /// <summary>Resource whose text replaces the framework's "The value '' is invalid" for non-nullable properties.</summary>
    public static string NotNullValidationLocaleName => "Admin.Common.Validation.NotEmpty";
}
