namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>One language version of a seeded reply.</summary>
public sealed record ReplySeedText(string Category, string Title, string Shortcut, string Subject, string Body);
