using System.Net;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;
using NUnit.Framework;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.FollowUps.Links;

/// <summary>
/// A follow-up's links as the customer's browser (no login) gets them: the tracked links (first arrival recorded once,
/// redirect to the store's own page for the target, home for anything else, never to a URL of the request) and the
/// signed unsubscribe page (GET shows, only the antiforgery-checked POST writes; tampered, replayed).
/// </summary>
[TestFixture]
public class FollowUpLinkPageTests
{
    // -- unsubscribe

    [Test]
    public async Task A_valid_unsubscribe_link_shows_a_page_that_writes_nothing_and_its_button_writes_one_opt_out()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var url = await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.ReviewSend.ClickToken));
        var path = FollowUpLinksWebHost.PathOf(url);
        using var browser = web.Browser();

        using var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(FollowUpLinksWebHost.MessageOf(html), Does.StartWith("Press the button below to stop receiving follow-up emails from Test store"));
        Assert.That(FollowUpLinksWebHost.HasButton(html), Is.True);
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(page.Headers.CacheControl?.NoStore, Is.True, "the URL holds the signature: no cache keeps the page");
        Assert.That(await web.OptOutsAsync(), Is.Empty, "a GET (a mail scanner fetching the link) unsubscribes nobody");

        using var posted = await web.PostAsync(browser, path, path);
        var done = await posted.Content.ReadAsStringAsync();

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.OK), done);
        Assert.That(FollowUpLinksWebHost.MessageOf(done), Is.EqualTo("You are unsubscribed: Test store will send you no more follow-up emails."));
        Assert.That(FollowUpLinksWebHost.HasButton(done), Is.False);
        var optOut = (await web.OptOutsAsync()).Single();
        Assert.That((optOut.CustomerId, optOut.FollowUpSendId, optOut.CreatedOnUtc), Is.EqualTo((web.Camille.Id, web.ReviewSend.Id, web.Clock.UtcNow)));
    }

    [Test]
    public async Task The_page_speaks_the_working_language()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        web.Host.WorkContext.UseFrench();
        var path = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.CartSend.ClickToken)));
        using var browser = web.Browser();

        var html = await browser.GetStringAsync(path);

        Assert.That(html, Does.Contain("<html lang=\"fr\""));
        Assert.That(html, Does.Contain("Se désabonner des e-mails de relance").Or.Contain("Se d&#xE9;sabonner des e-mails de relance"));
        Assert.That(FollowUpLinksWebHost.MessageOf(html), Does.StartWith("Cliquez sur le bouton ci-dessous pour ne plus recevoir d'e-mails de relance de Test store"));
    }

    [Test]
    public async Task A_tampered_link_is_refused_with_a_clear_message_and_writes_nothing_whichever_part_was_changed()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var valid = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.ReviewSend.ClickToken)));
        var signature = valid[(valid.LastIndexOf('/') + 1)..];
        var token = web.ReviewSend.ClickToken.ToString("D");
        var camille = web.Camille.Id;
        var other = web.Dominique.Id;
        var changedChar = signature[..^1] + (signature[^1] == 'A' ? 'B' : 'A');
        var unknownCustomer = 99999;
        var tampered = new Dictionary<string, string>
        {
            ["another customer's id with Camille's signature"] = $"merchantops/unsubscribe/{other}/{token}/{signature}",
            ["the signature's last character changed"] = $"merchantops/unsubscribe/{camille}/{token}/{changedChar}",
            ["the signature cut short"] = $"merchantops/unsubscribe/{camille}/{token}/{signature[..20]}",
            ["the signature in capitals"] = $"merchantops/unsubscribe/{camille}/{token}/{signature.ToUpperInvariant()}",
            ["a signature of another secret"] = $"merchantops/unsubscribe/{camille}/{token}/{FollowUpLinkSignature.Sign(FollowUpLinkSignature.NewSecret(), camille)}",
            ["the id with a leading zero"] = $"merchantops/unsubscribe/0{camille}/{token}/{signature}",
            ["the id not a number"] = $"merchantops/unsubscribe/x{camille}/{token}/{signature}",
            ["a customer who does not exist, correctly signed"] = $"merchantops/unsubscribe/{unknownCustomer}/{token}/{FollowUpLinkSignature.Sign(web.Secret, unknownCustomer)}"
        };
        Assert.That(signature, Is.Not.EqualTo(signature.ToUpperInvariant()), "the signature has lower-case letters to change");
        using var browser = web.Browser();

        foreach (var (change, path) in tampered)
        {
            using var page = await browser.GetAsync(path);
            var html = await page.Content.ReadAsStringAsync();
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), change);
            Assert.That(FollowUpLinksWebHost.MessageOf(html), Does.StartWith("This unsubscribe link is not valid"), change);
            Assert.That(FollowUpLinksWebHost.HasButton(html), Is.False, change);

            // The button's POST, sent anyway with a good antiforgery token (from the valid page), is refused the same way.
            using var posted = await web.PostAsync(browser, path, valid);
            Assert.That(FollowUpLinksWebHost.MessageOf(await posted.Content.ReadAsStringAsync()), Does.StartWith("This unsubscribe link is not valid"), change);
        }

        Assert.That(await web.OptOutsAsync(), Is.Empty);

        // A deleted customer's own link is refused too.
        var customers = web.Database.Repository<Customer>();
        var dominique = await customers.GetByIdAsync(other);
        dominique.Deleted = true;
        await customers.UpdateAsync(dominique);
        var deletedPath = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, other, Guid.NewGuid())));
        using (var posted = await web.PostAsync(browser, deletedPath, valid))
            Assert.That(FollowUpLinksWebHost.MessageOf(await posted.Content.ReadAsStringAsync()), Does.StartWith("This unsubscribe link is not valid"));
        Assert.That(await web.OptOutsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_replayed_button_or_a_second_link_says_already_unsubscribed_and_keeps_one_row()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var reviewLink = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.ReviewSend.ClickToken)));
        var cartLink = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.CartSend.ClickToken)));
        // Once Camille is unsubscribed her pages have no form: the browser's antiforgery token comes from Dominique's page.
        var tokenPage = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Dominique.Id, Guid.NewGuid())));
        using var browser = web.Browser();

        using (var first = await web.PostAsync(browser, reviewLink, reviewLink))
            Assert.That(FollowUpLinksWebHost.MessageOf(await first.Content.ReadAsStringAsync()), Does.StartWith("You are unsubscribed"));
        using (var replay = await web.PostAsync(browser, reviewLink, tokenPage))
        {
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(FollowUpLinksWebHost.MessageOf(await replay.Content.ReadAsStringAsync()),
                Is.EqualTo("You are already unsubscribed: Test store sends you no follow-up emails."));
        }

        // Another email's link of the same customer: the page itself says so, without a button.
        var again = await browser.GetStringAsync(cartLink);
        Assert.That(FollowUpLinksWebHost.MessageOf(again), Does.StartWith("You are already unsubscribed"));
        Assert.That(FollowUpLinksWebHost.HasButton(again), Is.False);
        using (var other = await web.PostAsync(browser, cartLink, tokenPage))
            Assert.That(FollowUpLinksWebHost.MessageOf(await other.Content.ReadAsStringAsync()), Does.StartWith("You are already unsubscribed"));

        var optOuts = await web.OptOutsAsync();
        Assert.That(optOuts.Select(o => (o.CustomerId, o.FollowUpSendId)), Is.EqualTo(new[] { (web.Camille.Id, web.ReviewSend.Id) }));
    }

    [Test]
    public async Task Two_clicks_at_once_write_one_opt_out()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var link = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.ReviewSend.ClickToken)));
        using var browser = web.Browser();
        var token = await web.Host.GetAntiforgeryTokenAsync(browser, link);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await browser.PostAsync(link, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            return FollowUpLinksWebHost.MessageOf(await response.Content.ReadAsStringAsync());
        }));

        Assert.That(answers.Count(a => a.StartsWith("You are unsubscribed", StringComparison.Ordinal)), Is.EqualTo(1), string.Join("\n", answers));
        Assert.That(answers.Count(a => a.StartsWith("You are already unsubscribed", StringComparison.Ordinal)), Is.EqualTo(5), string.Join("\n", answers));
        Assert.That(await web.OptOutsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_button_s_post_without_the_antiforgery_token_is_refused_and_writes_nothing()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var link = FollowUpLinksWebHost.PathOf(await web.LinkAsync(links => links.UnsubscribeUrlAsync(1, web.Camille.Id, web.ReviewSend.ClickToken)));
        using var browser = web.Browser();
        await browser.GetStringAsync(link); // the cookie half of the token, as a browser that showed the page has it

        using var withoutToken = await browser.PostAsync(link, new FormUrlEncodedContent([]));
        using var forgedToken = await browser.PostAsync(link, new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]));

        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(forgedToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await web.OptOutsAsync(), Is.Empty);
    }

    // -- tracked links

    [Test]
    public async Task A_tracked_link_records_its_first_arrival_once_and_leads_to_the_store_s_page()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var url = await web.LinkAsync(links => links.TrackedUrlAsync(1, web.ReviewSend.ClickToken, "review-" + web.Mug.Id));
        Assert.That(url, Is.EqualTo($"http://127.0.0.1/merchantops/followup/{web.ReviewSend.ClickToken:D}/review-{web.Mug.Id}"));
        using var browser = web.Browser();
        var firstArrival = web.Clock.UtcNow;

        using (var first = await browser.GetAsync(FollowUpLinksWebHost.PathOf(url)))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/blue-mug#review-form"));
        }
        Assert.That((await web.ReloadAsync(web.ReviewSend)).ClickedOnUtc, Is.EqualTo(firstArrival));
        Assert.That((await web.ReloadAsync(web.CartSend)).ClickedOnUtc, Is.Null, "only that follow-up");

        web.Clock.Advance(TimeSpan.FromHours(2));
        using (var second = await browser.GetAsync(FollowUpLinksWebHost.PathOf(url)))
            Assert.That(second.Headers.Location?.ToString(), Is.EqualTo("/blue-mug#review-form"));
        Assert.That((await web.ReloadAsync(web.ReviewSend)).ClickedOnUtc, Is.EqualTo(firstArrival), "a second arrival changes nothing");

        // The redirect lands on the store's page.
        using var landed = await browser.GetAsync("blue-mug");
        Assert.That(await landed.Content.ReadAsStringAsync(), Is.EqualTo("product blue-mug"));
    }

    [Test]
    public async Task Each_target_leads_to_its_own_store_page_and_anything_not_the_follow_up_s_own_leads_home()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        var review = web.ReviewSend.ClickToken.ToString("D");
        var cart = web.CartSend.ClickToken.ToString("D");
        var cases = new (string Path, string Location)[]
        {
            ($"merchantops/followup/{cart}/cart", "/cart"),
            ($"merchantops/followup/{review}/review-{web.Mug.Id}", "/blue-mug#review-form"),
            ($"merchantops/followup/{review}/review-{web.Cap.Id}", "/cap#review-form"),
            ($"merchantops/followup/{review}/order-{web.Order.Id}", $"/orderdetails/{web.Order.Id}"),
            // not the follow-up's own: a product of no order of it, another customer's order, an order from a cart reminder
            ($"merchantops/followup/{review}/review-{web.Lamp.Id}", "/"),
            ($"merchantops/followup/{review}/order-{web.DominiquesOrder.Id}", "/"),
            ($"merchantops/followup/{cart}/order-{web.Order.Id}", "/"),
            ($"merchantops/followup/{cart}/review-{web.Mug.Id}", "/"),
            // unknown or malformed
            ($"merchantops/followup/{Guid.NewGuid():D}/cart", "/"),
            ("merchantops/followup/not-a-token/cart", "/"),
            ($"merchantops/followup/{review}/basket", "/"),
            ($"merchantops/followup/{review}/review-0{web.Mug.Id}", "/"),
            ($"merchantops/followup/{review}/review-", "/"),
            ($"merchantops/followup/{review}/order--1", "/"),
            // no open redirect: nothing of the request becomes the destination
            ($"merchantops/followup/{review}/https:%2F%2Fevil.example%2F", "/"),
            ($"merchantops/followup/{review}/%2F%2Fevil.example", "/"),
            ($"merchantops/followup/{review}/cart?returnUrl=https://evil.example/&url=//evil.example", "/cart"),
            ($"merchantops/followup/{review}/review-{web.Mug.Id}?redirect=https%3A%2F%2Fevil.example", "/blue-mug#review-form")
        };
        using var browser = web.Browser();

        Assert.Multiple(async () =>
        {
            foreach (var (path, location) in cases)
            {
                using var response = await browser.GetAsync(path);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
                Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(location), path);
                Assert.That(response.Headers.Location?.ToString(), Does.Not.Contain("evil"), path);
            }
        });
    }

    [Test]
    public async Task An_unknown_token_records_nothing()
    {
        await using var web = await FollowUpLinksWebHost.StartAsync();
        using var browser = web.Browser();

        using var response = await browser.GetAsync($"merchantops/followup/{Guid.NewGuid():D}/cart");

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
        Assert.That((await web.ReloadAsync(web.ReviewSend)).ClickedOnUtc, Is.Null);
        Assert.That((await web.ReloadAsync(web.CartSend)).ClickedOnUtc, Is.Null);
    }
}
