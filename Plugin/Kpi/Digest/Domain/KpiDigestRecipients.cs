using System.Net.Mail;

namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Domain;

/// <summary>
/// The owner's addresses as typed in the setting ("a@shop.fr, b@shop.fr"; commas, semicolons or new lines): the valid
/// ones, each once, in the order typed, at most <see cref="MaxAddresses"/>; and the ones that are not addresses.
/// </summary>
public static class KpiDigestRecipients
{
    public const int MaxAddresses = 10;
    public const int MaxSettingLength = 1000;

    public static IReadOnlyList<string> Split(string value) =>
        (value ?? string.Empty).Split([',', ';', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<string> Valid(string value) =>
        Split(value).Where(IsAddress).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxAddresses).ToList();

    public static IReadOnlyList<string> Invalid(string value) => Split(value).Where(address => !IsAddress(address)).ToList();

    public static bool IsAddress(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Any(char.IsWhiteSpace))
            return false;
        // a bare address only: "Name <a@b>" would go into nopCommerce's To field as typed
        return MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
    }
}
