namespace Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;

public class ReplyImportResult
{
    public bool Succeeded { get; init; }

    public int Created { get; init; }

    public int Updated { get; init; }

    public IList<ReplyImportError> Errors { get; init; } = new List<ReplyImportError>();
}
