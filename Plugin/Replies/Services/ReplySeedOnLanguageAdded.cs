using Nop.Core.Domain.Localization;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Services.Logging;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>An English or French language added after install gets the seeded replies in its language.</summary>
public class ReplySeedOnLanguageAdded : IConsumer<EntityInsertedEvent<Language>>
{
    private readonly ILogger _logger;
    private readonly IPluginManager<IPlugin> _pluginManager;
    private readonly ReplySeeder _seeder;

    public ReplySeedOnLanguageAdded(ILogger logger, IPluginManager<IPlugin> pluginManager, ReplySeeder seeder)
    {
        _logger = logger;
        _pluginManager = pluginManager;
        _seeder = seeder;
    }

    public async Task HandleEventAsync(EntityInsertedEvent<Language> eventMessage)
    {
        // Not installed: the reply tables do not exist.
        if (await _pluginManager.LoadPluginBySystemNameAsync(MerchantOpsDefaults.SystemName) is null)
            return;

        try
        {
            await _seeder.SeedLanguageAsync(eventMessage.Entity.Id, eventMessage.Entity.LanguageCulture);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync($"Merchant Ops: the ready replies for the new language '{eventMessage.Entity.Name}' were not added. {exception.Message}", exception);
        }
    }
}
