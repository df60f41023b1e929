using System.Text.RegularExpressions;
using Moq;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;
using Nop.Services.Stores;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Links;

/// <summary>The unsubscribe signature, the secret made at install/update, the link targets and the URLs the emails carry.</summary>
[TestFixture]
public class FollowUpLinkSignatureTests
{
    private static readonly Regex Base64Url = new("^[A-Za-z0-9_-]+$");

    [Test]
    public void A_new_secret_is_32_random_bytes_in_base64url()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => FollowUpLinkSignature.NewSecret()).ToList();

        Assert.That(secrets, Is.Unique);
        foreach (var secret in secrets)
        {
            Assert.That(secret, Has.Length.EqualTo(43).And.Match(Base64Url));
            Assert.That(Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/') + "="), Has.Length.EqualTo(32));
        }
    }

    [Test]
    public void The_signature_is_the_hmac_sha256_of_the_customer_id_in_base64url_and_depends_on_customer_and_secret()
    {
        const string secret = "c2VjcmV0LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY3ODk";
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
        var expected = Convert.ToBase64String(hmac.ComputeHash("42"u8.ToArray())).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var signature = FollowUpLinkSignature.Sign(secret, 42);

        Assert.That(signature, Is.EqualTo(expected).And.Length.EqualTo(43).And.Match(Base64Url));
        Assert.That(FollowUpLinkSignature.Sign(secret, 42), Is.EqualTo(signature), "the same for every link of the customer");
        Assert.That(FollowUpLinkSignature.Sign(secret, 43), Is.Not.EqualTo(signature));
        Assert.That(FollowUpLinkSignature.Sign(FollowUpLinkSignature.NewSecret(), 42), Is.Not.EqualTo(signature));
    }

    [Test]
    public void Only_the_exact_signature_of_that_customer_and_secret_is_valid()
    {
        var secret = FollowUpLinkSignature.NewSecret();
        var signature = FollowUpLinkSignature.Sign(secret, 7);

        Assert.That(FollowUpLinkSignature.IsValid(secret, 7, signature), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(FollowUpLinkSignature.IsValid(secret, 8, signature), Is.False, "another customer");
            Assert.That(FollowUpLinkSignature.IsValid(FollowUpLinkSignature.NewSecret(), 7, signature), Is.False, "another secret");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, signature[..^1]), Is.False, "cut");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, signature + "A"), Is.False, "longer");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, (signature[0] == 'a' ? 'b' : 'a') + signature[1..]), Is.False, "first character");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, signature + "="), Is.False, "padded");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, string.Empty), Is.False, "empty");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 7, null), Is.False, "none");
            Assert.That(FollowUpLinkSignature.IsValid(string.Empty, 7, signature), Is.False, "no secret");
            Assert.That(FollowUpLinkSignature.IsValid(secret, 0, FollowUpLinkSignature.Sign(secret, 0)), Is.False, "customer 0");
        });
    }

    [Test]
    public void Signing_without_a_secret_fails_loudly_instead_of_making_links_anyone_could_forge()
    {
        Assert.That(() => FollowUpLinkSignature.Sign(string.Empty, 7), Throws.InvalidOperationException.With.Message.Contains("FollowUpLinkSecret"));
    }

    [Test]
    public async Task The_secret_is_made_once_and_never_replaced()
    {
        var settings = new InMemorySettingService(new WriteLog());

        await FollowUpLinkSecretInstaller.EnsureSecretAsync(settings);
        var first = (await settings.LoadSettingAsync<MerchantOpsSettings>()).FollowUpLinkSecret;
        await FollowUpLinkSecretInstaller.EnsureSecretAsync(settings);
        var second = (await settings.LoadSettingAsync<MerchantOpsSettings>()).FollowUpLinkSecret;

        Assert.That(first, Has.Length.EqualTo(43));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(settings.All.Where(s => s.Name.Equals("merchantopssettings.followuplinksecret", StringComparison.OrdinalIgnoreCase)).Select(s => s.StoreId),
            Is.EqualTo(new[] { 0 }), "one value, for every store");
    }

    [TestCase("cart", FollowUpLinkTargetKind.Cart, 0)]
    [TestCase("review-12", FollowUpLinkTargetKind.Review, 12)]
    [TestCase("order-2147483647", FollowUpLinkTargetKind.Order, int.MaxValue)]
    public void Targets_are_read(string text, FollowUpLinkTargetKind kind, int id)
    {
        Assert.That(FollowUpLinkTarget.TryParse(text, out var target), Is.True);
        Assert.That(target, Is.EqualTo(new FollowUpLinkTarget(kind, id)));
        Assert.That(target.ToString(), Is.EqualTo(text));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Cart")]
    [TestCase("cart ")]
    [TestCase("review-")]
    [TestCase("review-0")]
    [TestCase("review-012")]
    [TestCase("review--1")]
    [TestCase("review-+1")]
    [TestCase("review-1.5")]
    [TestCase("review-2147483648")]
    [TestCase("order-١٢")]
    [TestCase("https://evil.example/")]
    [TestCase("//evil.example")]
    public void Anything_else_is_not_a_target(string text)
    {
        Assert.That(FollowUpLinkTarget.TryParse(text, out _), Is.False);
    }

    [Test]
    public async Task The_links_are_absolute_on_the_follow_up_s_store_url()
    {
        var settings = new InMemorySettingService(new WriteLog());
        await FollowUpLinkSecretInstaller.EnsureSecretAsync(settings);
        var secret = (await settings.LoadSettingAsync<MerchantOpsSettings>()).FollowUpLinkSecret;
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(1)).ReturnsAsync(new Store { Id = 1, Url = "https://shop.test/" });
        stores.Setup(s => s.GetStoreByIdAsync(2)).ReturnsAsync(new Store { Id = 2, Url = "https://other.test/boutique" });
        var links = new FollowUpLinks(settings, stores.Object);
        var token = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.That(await links.TrackedUrlAsync(1, token, "cart"), Is.EqualTo("https://shop.test/merchantops/followup/0f8fad5b-d9cb-469f-a165-70867728950e/cart"));
        Assert.That(await links.TrackedUrlAsync(2, token, "review-5"), Is.EqualTo("https://other.test/boutique/merchantops/followup/0f8fad5b-d9cb-469f-a165-70867728950e/review-5"));
        Assert.That(await links.UnsubscribeUrlAsync(1, 42, token),
            Is.EqualTo($"https://shop.test/merchantops/unsubscribe/42/0f8fad5b-d9cb-469f-a165-70867728950e/{FollowUpLinkSignature.Sign(secret, 42)}"));
        Assert.That(() => links.TrackedUrlAsync(1, token, "https://evil.example/"), Throws.ArgumentException);
        Assert.That(() => links.TrackedUrlAsync(3, token, "cart"), Throws.InvalidOperationException, "no such store");
    }
}
