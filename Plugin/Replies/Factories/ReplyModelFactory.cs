using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Models;
using Nop.Plugin.Misc.MerchantOps.Replies.Services;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Security;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Factories;

/// <summary>The reply library screens: list, create/edit, usage and send log.</summary>
public class ReplyModelFactory
{
    public const int MaxPageSize = 500;

    private readonly ReplyDisplay _display;
    private readonly IReplyLogService _logService;
    private readonly IPermissionService _permissionService;
    private readonly ICannedReplyService _replyService;
    private readonly IReplyTokenService _tokenService;

    public ReplyModelFactory(ReplyDisplay display, IReplyLogService logService, IPermissionService permissionService,
        ICannedReplyService replyService, IReplyTokenService tokenService)
    {
        _display = display;
        _logService = logService;
        _permissionService = permissionService;
        _replyService = replyService;
        _tokenService = tokenService;
    }

    public virtual async Task<ReplySearchModel> PrepareSearchModelAsync()
    {
        var search = new ReplySearchModel { CanManage = await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.RepliesManage) };
        search.SetGridPageSize();
        search.AvailableCategories.Add(new SelectListItem(await _display.TextAsync(ReplyResourceKeys.Search.AnyCategory), string.Empty));
        foreach (var category in await _replyService.GetCategoriesAsync())
            search.AvailableCategories.Add(new SelectListItem(category, category));
        search.AvailableLanguages = await _display.LanguageItemsAsync(search.SearchLanguageId,
            (ReplyResourceKeys.Search.AnyLanguage, -1), (ReplyResourceKeys.AllLanguagesOnly, 0));
        search.AvailableStores = await _display.StoreItemsAsync(0, ReplyResourceKeys.Search.AnyStore);
        search.AvailableActive.Add(new SelectListItem(await _display.TextAsync(ReplyResourceKeys.Search.ActiveAny), "0"));
        search.AvailableActive.Add(new SelectListItem(await _display.TextAsync(ReplyResourceKeys.Search.ActiveOnly), "1"));
        search.AvailableActive.Add(new SelectListItem(await _display.TextAsync(ReplyResourceKeys.Search.InactiveOnly), "2"));
        return search;
    }

    public static CannedReplySearch ToSearch(ReplySearchModel model) => new()
    {
        Keywords = model.SearchKeywords,
        Category = model.SearchCategory,
        LanguageId = model.SearchLanguageId,
        StoreId = Math.Max(0, model.SearchStoreId),
        Active = model.SearchActiveId switch { 1 => true, 2 => false, _ => null }
    };

    public virtual async Task<ReplyListModel> PrepareListModelAsync(ReplySearchModel search)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var replies = await _replyService.SearchAsync(ToSearch(search), Math.Max(0, search.Start / pageSize), pageSize);

        return await new ReplyListModel().PrepareToGridAsync(search, replies, () => replies.SelectAwait(async reply => new ReplyRowModel
        {
            Id = reply.Id,
            Title = reply.Title,
            Category = reply.Category,
            Shortcut = reply.Shortcut,
            Language = await _display.LanguageAsync(reply.LanguageId),
            Store = await _display.StoreAsync(reply.StoreId),
            Active = reply.Active,
            DisplayOrder = reply.DisplayOrder
        }));
    }

    /// <summary>A new reply (id 0) or the reply to edit; null when it does not exist (or was deleted).</summary>
    public virtual async Task<ReplyEditModel> PrepareEditModelAsync(int id)
    {
        var model = new ReplyEditModel();
        if (id > 0)
        {
            var reply = await _replyService.GetByIdAsync(id);
            if (reply == null || reply.Deleted)
                return null;

            model = new ReplyEditModel
            {
                Id = reply.Id,
                Title = reply.Title,
                Category = reply.Category,
                Shortcut = reply.Shortcut,
                Subject = reply.Subject,
                Body = reply.Body,
                LanguageId = reply.LanguageId,
                StoreId = reply.StoreId,
                Active = reply.Active,
                DisplayOrder = reply.DisplayOrder,
                IsSeeded = !string.IsNullOrEmpty(reply.SeedKey)
            };
            //flagged on every visit, not only right after saving
            model.UnknownTokens = ReplyTokens.FindUnknown(new[] { reply.Subject, reply.Body },
                await _tokenService.GetAllowedTokensAsync(ReplyContextKind.Order)).ToList();
        }

        return await PrepareEditListsAsync(model);
    }

    /// <summary>The select lists and the token list of the edit page (also after a refused save, keeping what was typed).</summary>
    public virtual async Task<ReplyEditModel> PrepareEditListsAsync(ReplyEditModel model)
    {
        model.AvailableLanguages = await _display.LanguageItemsAsync(model.LanguageId, (ReplyResourceKeys.AllLanguages, 0));
        model.AvailableStores = await _display.StoreItemsAsync(model.StoreId, ReplyResourceKeys.AllStores);
        model.KnownCategories = await _replyService.GetCategoriesAsync();
        model.Tokens = await PrepareTokensAsync(true);
        return model;
    }

    /// <summary>The insert-token list: customer and store tokens, plus order and shipment tokens when replying to an order.</summary>
    public virtual async Task<IList<ReplyTokenModel>> PrepareTokensAsync(bool withOrderTokens)
    {
        var customerTokens = await _tokenService.GetAllowedTokensAsync(ReplyContextKind.Customer);
        var tokens = withOrderTokens ? await _tokenService.GetAllowedTokensAsync(ReplyContextKind.Order) : customerTokens;
        var forCustomer = new HashSet<string>(customerTokens, StringComparer.Ordinal);
        return tokens.Distinct(StringComparer.Ordinal)
            .Select(token => new ReplyTokenModel(Group(token), token, !forCustomer.Contains(token)))
            .ToList();
    }

    private static string Group(string token)
    {
        var name = token.Trim('%');
        var dot = name.IndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    public static CannedReplyInput ToInput(ReplyEditModel model) => new()
    {
        Id = model.Id,
        Title = model.Title,
        Category = model.Category,
        Shortcut = model.Shortcut,
        Subject = model.Subject,
        Body = model.Body,
        LanguageId = model.LanguageId,
        StoreId = model.StoreId,
        Active = model.Active,
        DisplayOrder = model.DisplayOrder
    };

    public virtual async Task<ReplyUsageModel> PrepareUsageModelAsync(ReplyUsageModel filter)
    {
        var model = new ReplyUsageModel
        {
            From = filter?.From,
            To = filter?.To,
            CanManage = await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.RepliesManage)
        };
        var rows = await _logService.GetUsageAsync(model.From?.ToUniversalTime(), model.To?.AddDays(1).ToUniversalTime());
        foreach (var row in rows)
        {
            model.Rows.Add(new ReplyUsageRowModel
            {
                ReplyId = row.ReplyId,
                Title = row.Title,
                Shortcut = row.Shortcut,
                Language = await _display.LanguageAsync(row.LanguageId),
                Sends = row.Sends,
                LastSent = await _display.DateAsync(row.LastSentUtc)
            });
        }

        return model;
    }

    public virtual async Task<ReplySendLogSearchModel> PrepareSendLogSearchModelAsync(int replyId = 0)
    {
        var search = new ReplySendLogSearchModel { ReplyId = replyId };
        search.SetGridPageSize();
        search.AvailableReplies.Add(new SelectListItem(await _display.TextAsync(ReplyResourceKeys.Log.AnyReply), "0"));
        foreach (var reply in await _replyService.SearchAsync(new CannedReplySearch { LanguageId = -1 }))
            search.AvailableReplies.Add(new SelectListItem($"{reply.Title} ({await _display.LanguageAsync(reply.LanguageId)})", reply.Id.ToString(), reply.Id == replyId));
        return search;
    }

    public virtual async Task<ReplySendLogListModel> PrepareSendLogListModelAsync(ReplySendLogSearchModel search)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var rows = await _logService.SearchSendsAsync(new ReplySendLogSearch
        {
            ReplyId = search.ReplyId,
            OrderId = Math.Max(0, search.OrderId ?? 0),
            CustomerId = Math.Max(0, search.CustomerId ?? 0),
            FromUtc = search.From?.ToUniversalTime(),
            ToUtc = search.To?.AddDays(1).ToUniversalTime(),
            AutomaticOnly = search.AutomaticOnly
        }, Math.Max(0, search.Start / pageSize), pageSize);

        return await new ReplySendLogListModel().PrepareToGridAsync(search, rows, () => rows.SelectAwait(async row => new ReplySendLogRowModel
        {
            Id = row.SendId,
            SentOn = await _display.DateAsync(row.CreatedOnUtc),
            SentBy = await SentByAsync(row),
            Automatic = row.FollowUpRuleId.HasValue,
            ReplyId = row.ReplyId,
            ReplyTitle = row.ReplyTitle,
            OrderId = row.OrderId,
            OrderNumber = row.OrderId == 0 ? string.Empty : row.OrderNumber ?? row.OrderId.ToString(),
            CustomerId = row.CustomerId,
            CustomerName = await _display.PersonAsync(row.CustomerId),
            ToEmail = row.ToEmail,
            Channels = await ChannelsAsync(row.SentAsEmail, row.AddedAsNote),
            EmailStatus = row.SentAsEmail ? await _display.EmailStatusAsync(row.EmailStatus) : string.Empty,
            Error = await _display.TextAsync(row.Error)
        }));
    }

    /// <summary>The staff member, or "Automatic: rule name" for a follow-up rule's send.</summary>
    private async Task<string> SentByAsync(ReplySendLogRow row)
    {
        if (row.FollowUpRuleId.HasValue)
            return await _display.FormatAsync(FollowUps.Domain.FollowUpResourceKeys.Log.Automatic,
                row.FollowUpRuleName ?? await _display.FormatAsync(FollowUps.Domain.FollowUpResourceKeys.Log.DeletedRule, row.FollowUpRuleId.Value));

        return string.IsNullOrEmpty(row.SentByName) ? await _display.PersonAsync(row.SentByCustomerId) : row.SentByName;
    }

    private async Task<string> ChannelsAsync(bool email, bool note)
    {
        var parts = new List<string>();
        if (email)
            parts.Add(await _display.TextAsync(ReplyResourceKeys.Log.ChannelEmail));
        if (note)
            parts.Add(await _display.TextAsync(ReplyResourceKeys.Log.ChannelNote));
        return string.Join(", ", parts);
    }
}
