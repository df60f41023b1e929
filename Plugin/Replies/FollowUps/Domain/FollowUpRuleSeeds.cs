namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>A seeded rule: its key (= the reply seed it sends, <c>ReplySeeds</c>), trigger, delay and limits, and its name in English and French.</summary>
public sealed record FollowUpRuleSeed(string Key, FollowUpTrigger Trigger, int DelayHours, int MaxReminders, int ConversionDays,
    string EnglishName, string FrenchName)
{
    public string NameFor(string languageCulture) =>
        languageCulture?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? FrenchName : EnglishName;
}

/// <summary>
/// The three rules a new install starts with, inactive and for every store (StoreId 0): the owner reads the dry run, then
/// switches on what suits the shop. Each sends the reply seed of the same key.
/// </summary>
public static class FollowUpRuleSeeds
{
    public static IReadOnlyList<FollowUpRuleSeed> All { get; } =
    [
        new("review-request", FollowUpTrigger.ReviewRequest, 7 * 24, 1, 14, "Review request, 7 days after delivery", "Demande d’avis, 7 jours après la livraison"),
        new("unpaid-order", FollowUpTrigger.UnpaidOrder, 48, 2, 7, "Unpaid order reminder, after 48 hours", "Relance de commande impayée, après 48 heures"),
        new("abandoned-cart", FollowUpTrigger.AbandonedCart, 24, 1, 7, "Abandoned cart reminder, after 24 hours", "Relance de panier abandonné, après 24 heures")
    ];
}
