namespace Nop.Plugin.Misc.MerchantOps.Replies.Models;

/// <summary>The answer to a send; NextSendKey is the key of the next reply once this one went out.</summary>
public record ReplySendAnswerModel(bool Succeeded, bool AlreadySent, string Message, Guid NextSendKey);
