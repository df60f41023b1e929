using System.Net;
using System.Text;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Topics;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Seo;
using Nop.Services.Topics;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Faq;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// Publishes selected replies as one nopCommerce topic (system name <see cref="TopicSystemName"/>): a question
/// (the reply's title, encoded) and its answer (the reply's HTML, store tokens filled in) per reply, in the
/// store's default language as the topic's own text and in every other published language through
/// ILocalizedEntityService; published, with an SEO slug. Republishing rewrites the same topic and keeps its slug.
/// A reply using order, customer or shipment tokens (or unknown ones) cannot go on a public page: it is left out
/// and reported.
/// </summary>
public class ReplyFaqService : IReplyFaqService
{
    public const string TopicSystemName = "MerchantOps.Faq";

    private readonly ICannedReplyService _replyService;
    private readonly ReplyEmailAccounts _emailAccounts;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly ILocalizedEntityService _localizedEntityService;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly IStoreContext _storeContext;
    private readonly ITokenizer _tokenizer;
    private readonly ITopicService _topicService;
    private readonly IUrlRecordService _urlRecordService;

    public ReplyFaqService(ICannedReplyService replyService,
        ReplyEmailAccounts emailAccounts,
        ILanguageService languageService,
        ILocalizationService localizationService,
        ILocalizedEntityService localizedEntityService,
        IMessageTokenProvider messageTokenProvider,
        IStoreContext storeContext,
        ITokenizer tokenizer,
        ITopicService topicService,
        IUrlRecordService urlRecordService)
    {
        _replyService = replyService;
        _emailAccounts = emailAccounts;
        _languageService = languageService;
        _localizationService = localizationService;
        _localizedEntityService = localizedEntityService;
        _messageTokenProvider = messageTokenProvider;
        _storeContext = storeContext;
        _tokenizer = tokenizer;
        _topicService = topicService;
        _urlRecordService = urlRecordService;
    }

    public async Task<FaqPublishResult> PublishAsync(IList<int> replyIds)
    {
        var selected = new List<CannedReply>();
        foreach (var id in (replyIds ?? new List<int>()).Distinct())
            if (await _replyService.GetByIdAsync(id) is { } reply)
                selected.Add(reply);
        if (selected.Count == 0)
            return new FaqPublishResult { Succeeded = false, ResourceKey = Keys.NothingSelected };

        var store = await _storeContext.GetCurrentStoreAsync();
        var languages = await _languageService.GetAllLanguagesAsync(storeId: store?.Id ?? 0);
        var storeTokens = (await _messageTokenProvider.GetListOfAllowedTokensAsync(new[] { TokenGroupNames.StoreTokens })).ToList();
        var account = await _emailAccounts.GetDefaultAsync() ?? new EmailAccount { Email = string.Empty };

        var refused = new HashSet<int>();
        var bodies = new Dictionary<int, string>();
        foreach (var language in languages)
        {
            var tokens = new List<Token>();
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, account, language.Id);

            var html = new StringBuilder();
            var used = new HashSet<int>();
            foreach (var reply in selected)
            {
                var version = (await _replyService.ResolveForLanguageAsync(reply.Id, language.Id)).Reply;
                if (version == null || version.LanguageId != 0 && version.LanguageId != language.Id || !used.Add(version.Id))
                    continue;
                if (ReplyTokens.FindUnknown(new[] { version.Title, version.Body }, storeTokens).Count > 0)
                {
                    refused.Add(reply.Id);
                    continue;
                }

                html.Append("<h3>").Append(WebUtility.HtmlEncode(version.Title)).Append("</h3>\n")
                    .Append("<div class=\"merchantops-faq-answer\">").Append(_tokenizer.Replace(version.Body, tokens, true)).Append("</div>\n");
            }

            if (html.Length > 0)
                bodies[language.Id] = "<div class=\"merchantops-faq\">\n" + html + "</div>";
        }

        if (bodies.Count == 0)
            return new FaqPublishResult { Succeeded = false, ResourceKey = Keys.NothingPublishable, RefusedReplyIds = refused.ToList() };

        var defaultLanguage = languages.FirstOrDefault(language => language.Id == store?.DefaultLanguageId && bodies.ContainsKey(language.Id))
            ?? languages.First(language => bodies.ContainsKey(language.Id));

        var topic = (await _topicService.GetAllTopicsAsync(0, ignoreAcl: true, showHidden: true))
            .FirstOrDefault(t => string.Equals(t.SystemName, TopicSystemName, StringComparison.OrdinalIgnoreCase));
        var isNew = topic == null;
        topic ??= new Topic { SystemName = TopicSystemName, IncludeInSitemap = true, DisplayOrder = 1, TopicTemplateId = 1 };
        topic.Title = await TitleAsync(defaultLanguage);
        topic.Body = bodies[defaultLanguage.Id];
        topic.Published = true;

        if (isNew)
            await _topicService.InsertTopicAsync(topic);
        else
            await _topicService.UpdateTopicAsync(topic);

        foreach (var language in languages.Where(language => language.Id != defaultLanguage.Id))
        {
            // A language without its own answers shows the default text (an empty localized value is removed).
            var hasBody = bodies.TryGetValue(language.Id, out var body);
            await _localizedEntityService.SaveLocalizedValueAsync(topic, t => t.Title, hasBody ? await TitleAsync(language) : string.Empty, language.Id);
            await _localizedEntityService.SaveLocalizedValueAsync(topic, t => t.Body, hasBody ? body : string.Empty, language.Id);
        }

        // The slug the topic has (the owner may have changed it under Content management) is kept.
        var currentSlug = await _urlRecordService.GetActiveSlugAsync(topic.Id, nameof(Topic), 0);
        var slug = await _urlRecordService.ValidateSeNameAsync(topic, currentSlug, topic.Title, true);
        await _urlRecordService.SaveSlugAsync(topic, slug, 0);

        return new FaqPublishResult { Succeeded = true, ResourceKey = Keys.Published, TopicId = topic.Id, RefusedReplyIds = refused.ToList() };
    }

    private async Task<string> TitleAsync(Language language) =>
        await _localizationService.GetResourceAsync(Keys.TopicTitle, language.Id, logIfNotFound: false, defaultValue: "FAQ");
}
