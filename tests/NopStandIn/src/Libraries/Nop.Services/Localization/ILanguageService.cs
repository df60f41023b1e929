using Nop.Core.Domain.Localization;

namespace Nop.Services.Localization;

// Real source: src/Libraries/Nop.Services/Localization/ILanguageService.cs (subset)
public partial interface ILanguageService
{
    Task<IList<Language>> GetAllLanguagesAsync(bool showHidden = false, int storeId = 0);
    Task<Language> GetLanguageByIdAsync(int languageId);
    Task InsertLanguageAsync(Language language);
    string GetTwoLetterIsoLanguageName(Language language);
}
