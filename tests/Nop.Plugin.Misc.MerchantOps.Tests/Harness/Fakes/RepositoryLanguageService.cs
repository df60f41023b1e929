using Nop.Core.Domain.Localization;
using Nop.Data;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>ILanguageService over real Language rows; inserting publishes EntityInsertedEvent like the store.</summary>
public class RepositoryLanguageService : ILanguageService
{
    private readonly IRepository<Language> _languages;

    public RepositoryLanguageService(IRepository<Language> languages)
    {
        _languages = languages;
    }

    public async Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0) =>
        await _languages.Table.Where(l => showHidden || l.Published).OrderBy(l => l.DisplayOrder).ThenBy(l => l.Id).ToListAsync();

    public Task<Language> GetLanguageByIdAsync(int languageId) => _languages.GetByIdAsync(languageId);

    public Task InsertLanguageAsync(Language language) => _languages.InsertAsync(language);

    public string GetTwoLetterIsoLanguageName(Language language) => language.UniqueSeoCode;
}
