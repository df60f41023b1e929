using Nop.Core.Domain.Localization;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>English (1) and French (2).</summary>
public sealed class InMemoryLanguageService : ILanguageService
{
    private readonly List<Language> _languages = new() { TestLanguages.English(), TestLanguages.French() };
    private readonly WriteLog _writes;

    public InMemoryLanguageService(WriteLog writes)
    {
        _writes = writes;
    }

    public Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0) =>
        Task.FromResult<IList<Language>>(_languages.Where(language => showHidden || language.Published).ToList());

    public Task<Language> GetLanguageByIdAsync(int languageId) => Task.FromResult(_languages.FirstOrDefault(language => language.Id == languageId));

    public Task InsertLanguageAsync(Language language)
    {
        language.Id = _languages.Max(l => l.Id) + 1;
        _languages.Add(language);
        _writes.Record("language", $"insert {language.LanguageCulture}");
        return Task.CompletedTask;
    }

    public string GetTwoLetterIsoLanguageName(Language language) =>
        string.IsNullOrEmpty(language?.LanguageCulture) ? "en" : language.LanguageCulture.Split('-')[0];
}
