using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>
/// The unsubscribe link's signature: HMAC-SHA256 of the customer's id with the store's secret
/// (MerchantOpsSettings.FollowUpLinkSecret), base64url without padding. Per customer, so any of a customer's links
/// unsubscribes them; a changed id or signature is refused. Compared in constant time.
/// </summary>
public static class FollowUpLinkSignature
{
    /// <summary>Bytes of a new secret.</summary>
    public const int SecretBytes = 32;

    /// <summary>A new secret: 32 random bytes, base64url (43 characters).</summary>
    public static string NewSecret() => ToBase64Url(RandomNumberGenerator.GetBytes(SecretBytes));

    public static string Sign(string secret, int customerId)
    {
        if (string.IsNullOrEmpty(secret))
            throw new InvalidOperationException("The follow-up link secret is missing (MerchantOpsSettings.FollowUpLinkSecret): it is made at install and update.");

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return ToBase64Url(hmac.ComputeHash(Encoding.UTF8.GetBytes(customerId.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>True only for the exact signature of that customer with that secret (constant-time comparison).</summary>
    public static bool IsValid(string secret, int customerId, string signature)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(signature) || customerId <= 0)
            return false;

        var expected = Encoding.ASCII.GetBytes(Sign(secret, customerId));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string ToBase64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
