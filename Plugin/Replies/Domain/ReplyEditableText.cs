namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>
/// A reply body as the text staff edit on the order and customer cards.
/// <see cref="DropsFormatting"/>: the HTML had something the text cannot carry (bold, colours, headings, images,
/// tables, quotes, styles…), left out of <see cref="Text"/>.
/// </summary>
public sealed record ReplyEditableText(string Text, bool DropsFormatting);
