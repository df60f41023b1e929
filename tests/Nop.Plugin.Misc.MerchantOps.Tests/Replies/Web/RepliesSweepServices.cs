using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Replies.Web;

/// <summary>
/// What the reply screens' GET actions need in the GET sweep (Web/GetActionsChangeNothingTests): reply services that
/// know no reply and no send. The page tests run the same actions over the real services.
/// </summary>
public static class RepliesSweepServices
{
    public static void Add(IServiceCollection services)
    {
        var replies = new Mock<ICannedReplyService>();
        replies.Setup(s => s.SearchAsync(It.IsAny<CannedReplySearch>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync(new PagedList<CannedReply>(new List<CannedReply>(), 0, 1));
        replies.Setup(s => s.GetCategoriesAsync()).ReturnsAsync(new List<string>());
        services.AddSingleton(replies.Object);

        var tokens = new Mock<IReplyTokenService>();
        tokens.Setup(s => s.GetAllowedTokensAsync(It.IsAny<ReplyContextKind>())).ReturnsAsync(new List<string> { "%Store.Name%" });
        services.AddSingleton(tokens.Object);

        var log = new Mock<IReplyLogService>();
        log.Setup(s => s.GetUsageAsync(It.IsAny<DateTime?>(), It.IsAny<DateTime?>())).ReturnsAsync(new List<ReplyUsageRow>());
        services.AddSingleton(log.Object);

        services.AddSingleton(new Mock<IReplySendService>().Object);
        services.AddSingleton(new Mock<IReplyCsvService>().Object);
        services.AddSingleton(new Mock<IReplyFaqService>().Object);
    }
}
