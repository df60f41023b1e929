namespace Nop.Plugin.Misc.MerchantOps.Kpi.Digest.Services;

/// <summary>A composed digest: the subject (plain text, as nopCommerce's email header) and the HTML body, in the store's language.</summary>
public sealed record KpiDigestMessage(string Subject, string Body, int LanguageId);
