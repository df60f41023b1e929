using System.Globalization;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Services;

/// <summary>Where a tracked link leads.</summary>
public enum FollowUpLinkTargetKind
{
    Cart = 1,
    Review = 2,
    Order = 3
}

/// <summary>
/// The target part of a tracked link: "cart", "review-{productId}" or "order-{orderId}" (ids positive, no sign, no
/// leading zero). Anything else is not a target (the link then leads to the store's home page).
/// </summary>
public readonly record struct FollowUpLinkTarget(FollowUpLinkTargetKind Kind, int Id)
{
    public const string CartText = "cart";
    public const string ReviewPrefix = "review-";
    public const string OrderPrefix = "order-";

    public static FollowUpLinkTarget Cart => new(FollowUpLinkTargetKind.Cart, 0);

    public static FollowUpLinkTarget Review(int productId) => new(FollowUpLinkTargetKind.Review, productId);

    public static FollowUpLinkTarget Order(int orderId) => new(FollowUpLinkTargetKind.Order, orderId);

    public override string ToString() => Kind switch
    {
        FollowUpLinkTargetKind.Cart => CartText,
        FollowUpLinkTargetKind.Review => ReviewPrefix + Id.ToString(CultureInfo.InvariantCulture),
        _ => OrderPrefix + Id.ToString(CultureInfo.InvariantCulture)
    };

    public static bool TryParse(string text, out FollowUpLinkTarget target)
    {
        target = default;
        if (string.IsNullOrEmpty(text) || text.Length > 20)
            return false;
        if (text == CartText)
        {
            target = Cart;
            return true;
        }

        if (text.StartsWith(ReviewPrefix, StringComparison.Ordinal) && TryParseId(text[ReviewPrefix.Length..], out var productId))
        {
            target = Review(productId);
            return true;
        }

        if (text.StartsWith(OrderPrefix, StringComparison.Ordinal) && TryParseId(text[OrderPrefix.Length..], out var orderId))
        {
            target = Order(orderId);
            return true;
        }

        return false;
    }

    private static bool TryParseId(string digits, out int id)
    {
        id = 0;
        if (digits.Length == 0 || digits[0] == '0' || !digits.All(char.IsAsciiDigit))
            return false;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
