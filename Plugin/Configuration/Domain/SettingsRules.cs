using Nop.Plugin.Misc.MerchantOps.Kpi.Capture;
using Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;
using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.MerchantOps.Configuration.Domain;

/// <summary>
/// What makes the plugin's settings valid. Returns resource keys of the problems, keyed by property name,
/// so that the page can show each message next to its field in the user's language.
/// </summary>
public static partial class SettingsRules
{
    public const int MinBatchSize = 1;
    public const int MaxBatchSize = 500;
    public const int MaxPaymentMethodsLength = 1000;

    /// <summary>The message of a retention out of range, also shown when the typed value is not a number at all.</summary>
    public const string RetentionOutOfRangeKey = "Plugins.Misc.MerchantOps.Configuration.KpiVisitRetentionDays.OutOfRange";

    public static IReadOnlyList<SettingsProblem> Check(MerchantOpsSettings settings)
    {
        var problems = new List<SettingsProblem>();

        if (settings.PackingDefaultBatchSize is < MinBatchSize or > MaxBatchSize)
            problems.Add(new(nameof(MerchantOpsSettings.PackingDefaultBatchSize), "Plugins.Misc.MerchantOps.Configuration.Packing.DefaultBatchSize.OutOfRange"));

        var methods = settings.PackingCashOnDeliveryPaymentMethods ?? string.Empty;
        if (methods.Length > MaxPaymentMethodsLength || SplitPaymentMethods(methods).Any(name => !PaymentMethodName().IsMatch(name)))
            problems.Add(new(nameof(MerchantOpsSettings.PackingCashOnDeliveryPaymentMethods), "Plugins.Misc.MerchantOps.Configuration.Packing.CashOnDeliveryPaymentMethods.Invalid"));
        else if (settings.PackingIncludePendingCashOnDelivery && !SplitPaymentMethods(methods).Any())
            problems.Add(new(nameof(MerchantOpsSettings.PackingCashOnDeliveryPaymentMethods), "Plugins.Misc.MerchantOps.Configuration.Packing.CashOnDeliveryPaymentMethods.Required"));

        // KPI weekly digest
        if (settings.KpiDigestHour is < 0 or > 23)
            problems.Add(new(nameof(MerchantOpsSettings.KpiDigestHour), "Plugins.Misc.MerchantOps.Configuration.KpiDigestHour.OutOfRange"));
        var recipients = settings.KpiDigestRecipients ?? string.Empty;
        if (recipients.Length > KpiDigestRecipients.MaxSettingLength || KpiDigestRecipients.Invalid(recipients).Count > 0
            || KpiDigestRecipients.Split(recipients).Count > KpiDigestRecipients.MaxAddresses)
            problems.Add(new(nameof(MerchantOpsSettings.KpiDigestRecipients), "Plugins.Misc.MerchantOps.Configuration.KpiDigestRecipients.Invalid"));
        if (!Enum.IsDefined(settings.KpiDigestDay))
            problems.Add(new(nameof(MerchantOpsSettings.KpiDigestDay), "Plugins.Misc.MerchantOps.Configuration.KpiDigestDay.Invalid"));

        // KPI traffic capture: days the raw visitor rows are kept
        if (settings.KpiVisitRetentionDays is < KpiTrafficLimits.LeastRetentionDays or > KpiTrafficLimits.MostRetentionDays)
            problems.Add(new(nameof(MerchantOpsSettings.KpiVisitRetentionDays), RetentionOutOfRangeKey));

        return problems;
    }

    /// <summary>"Payments.A, Payments.B" → ["Payments.A", "Payments.B"], blanks dropped.</summary>
    public static IReadOnlyList<string> SplitPaymentMethods(string value) =>
        (value ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,400}$")]
    private static partial Regex PaymentMethodName();
}
