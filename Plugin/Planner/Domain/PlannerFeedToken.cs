using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>
/// A feed token: the feed's public key (32 hex characters, finds the row) followed by the secret (256 random bits,
/// base64url, 43 characters). Only the secret's SHA-256 is stored; <see cref="Matches"/> compares hashes in constant
/// time, and a token whose key finds nothing is compared with a stand-in hash, so both answers cost the same work.
/// </summary>
public static class PlannerFeedToken
{
    public const int SecretLength = 43;

    /// <summary>Compared against when the key finds no feed: the same hashing and comparison as a real one.</summary>
    private static readonly string _standInHash = Hash("no feed");

    public static (string FeedKey, string Secret) Create()
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PlannerLimits.FeedKeyLength / 2));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(PlannerLimits.FeedSecretBytes));
        return (key, secret);
    }

    public static string Join(string feedKey, string secret) => feedKey + secret;

    /// <summary>The key and secret of a token of the right shape, else null.</summary>
    public static (string FeedKey, string Secret)? Split(string token)
    {
        if (token == null || token.Length != PlannerLimits.FeedKeyLength + SecretLength)
            return null;
        var key = token[..PlannerLimits.FeedKeyLength];
        return key.All(Uri.IsHexDigit) ? (key.ToLowerInvariant(), token[PlannerLimits.FeedKeyLength..]) : null;
    }

    /// <summary>SHA-256 of the secret, hex (lower case).</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether the secret's hash is <paramref name="storedHash"/> (null: no feed), in time independent of where they differ.</summary>
    public static bool Matches(string secret, string storedHash)
    {
        var expected = Encoding.ASCII.GetBytes(storedHash ?? _standInHash);
        var actual = Encoding.ASCII.GetBytes(Hash(secret ?? string.Empty));
        return CryptographicOperations.FixedTimeEquals(actual, expected) && storedHash != null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
