using System.Data.Common;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Planner.Domain;
using Nop.Plugin.Misc.MerchantOps.Planner.Services.Contracts;
using Nop.Services.Security;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Planner.Domain.PlannerResourceKeys;

namespace Nop.Plugin.Misc.MerchantOps.Planner.Services;

public class PlannerFeedService : IPlannerFeedService
{
    private readonly PlannerActor _actor;
    private readonly IRepository<PlannerBlock> _blocks;
    private readonly TimeProvider _clock;
    private readonly IRepository<Customer> _customers;
    private readonly IRepository<PlannerOccurrenceException> _exceptions;
    private readonly IRepository<PlannerFeedSecret> _feeds;
    private readonly IPermissionService _permissionService;
    private readonly IStoreService _storeService;
    private readonly PlannerTimeZones _timeZones;

    public PlannerFeedService(PlannerActor actor,
        IRepository<PlannerBlock> blocks,
        TimeProvider clock,
        IRepository<Customer> customers,
        IRepository<PlannerOccurrenceException> exceptions,
        IRepository<PlannerFeedSecret> feeds,
        IPermissionService permissionService,
        IStoreService storeService,
        PlannerTimeZones timeZones)
    {
        _actor = actor;
        _blocks = blocks;
        _clock = clock;
        _customers = customers;
        _exceptions = exceptions;
        _feeds = feeds;
        _permissionService = permissionService;
        _storeService = storeService;
        _timeZones = timeZones;
    }

    public async Task<PlannerFeedSecretResult> CreateOrRotateAsync()
    {
        var (customer, _) = await _actor.GetAsync();
        var (key, secret) = PlannerFeedToken.Create();
        var existing = await _feeds.Table.FirstOrDefaultAsync(f => f.CustomerId == customer.Id);
        if (existing != null)
        {
            existing.FeedKey = key;
            existing.SecretHash = PlannerFeedToken.Hash(secret);
            existing.CreatedOnUtc = _clock.GetUtcNow().UtcDateTime;
            await _feeds.UpdateAsync(existing, publishEvent: false);
            return new PlannerFeedSecretResult(PlannerFeedToken.Join(key, secret), Keys.Feed.Rotated);
        }

        try
        {
            await _feeds.InsertAsync(new PlannerFeedSecret
            {
                CustomerId = customer.Id,
                FeedKey = key,
                SecretHash = PlannerFeedToken.Hash(secret),
                CreatedOnUtc = _clock.GetUtcNow().UtcDateTime
            }, publishEvent: false);
            return new PlannerFeedSecretResult(PlannerFeedToken.Join(key, secret), Keys.Feed.Created);
        }
        catch (DbException)
        {
            // Two clicks at once: the unique key on the customer kept the other; this one rotates it.
            if (!await _feeds.Table.AnyAsync(f => f.CustomerId == customer.Id))
                throw;
            return await CreateOrRotateAsync();
        }
    }

    public async Task<PlannerResult> RevokeAsync()
    {
        var (customer, _) = await _actor.GetAsync();
        var feed = await _feeds.Table.FirstOrDefaultAsync(f => f.CustomerId == customer.Id);
        if (feed != null)
            await _feeds.DeleteAsync(feed, publishEvent: false);
        return PlannerResult.Done(Keys.Feed.Revoked);
    }

    public async Task<bool> HasFeedAsync()
    {
        var (customer, _) = await _actor.GetAsync();
        return await _feeds.Table.AnyAsync(f => f.CustomerId == customer.Id);
    }

    public async Task<int> VerifyAsync(string token)
    {
        var parts = PlannerFeedToken.Split(token);
        var key = parts?.FeedKey ?? string.Empty;
        var feed = await _feeds.Table.FirstOrDefaultAsync(f => f.FeedKey == key);
        // Always hash and compare, with a stand-in hash when nothing was found: the answer costs the same work.
        var matches = PlannerFeedToken.Matches(parts?.Secret, feed?.SecretHash);
        return matches && feed != null ? feed.CustomerId : 0;
    }

    public async Task<string> BuildAsync(string token)
    {
        var customerId = await VerifyAsync(token);
        if (customerId == 0)
            return null;

        var customer = await _customers.GetByIdAsync(customerId, includeDeleted: false);
        if (customer is not { Active: true, Deleted: false }
            || !await _permissionService.AuthorizeAsync(MerchantOpsDefaults.Permissions.Planner, customer))
            return null;

        var storeIds = (await _storeService.GetAllStoresAsync()).Select(s => s.Id).ToList();
        var since = _clock.GetUtcNow().UtcDateTime.AddDays(-PlannerLimits.FeedPastDays);
        var blocks = await _blocks.Table
            .Where(b => b.AssigneeCustomerId == customer.Id && b.VendorId == customer.VendorId && storeIds.Contains(b.StoreId)
                && (b.LastStartLocal == null || b.LastStartLocal >= since))
            .OrderBy(b => b.Id)
            .ToListAsync();
        var ids = blocks.Select(b => b.Id).ToList();
        var exceptions = ids.Count == 0 ? [] : await _exceptions.Table.Where(e => ids.Contains(e.BlockId)).ToListAsync();

        var zoned = new List<(PlannerBlock, TimeZoneInfo)>();
        foreach (var block in blocks)
            zoned.Add((block, await _timeZones.ForStoreAsync(block.StoreId)));
        return PlannerCalendarWriter.Write(zoned, exceptions);
    }
}
