namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Models;

/// <summary>
/// The unsubscribe page (a small page of its own, no theme layout): texts already in the working language, written
/// encoded by the view. <see cref="ShowButton"/> only while the link is good and the customer still receives follow-ups.
/// </summary>
public record FollowUpUnsubscribeModel
{
    public string LanguageCode { get; init; } = "en";

    public bool RightToLeft { get; init; }

    public string StoreName { get; init; }

    public string Title { get; init; }

    public string Message { get; init; }

    public bool ShowButton { get; init; }

    public string ButtonText { get; init; }

    /// <summary>CSS class of the message: "ok", "info" or "error".</summary>
    public string Tone { get; init; }
}
