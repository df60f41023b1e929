using System.Globalization;
using System.Text;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Seo;
using Nop.Data;
using Nop.Services.Seo;

namespace Nop.Plugin.Misc.MerchantOps.Tests.Harness.Fakes;

/// <summary>
/// IUrlRecordService over real UrlRecord rows: one active slug per entity and language (older ones kept
/// inactive), slugs made of lower-case ASCII letters, digits and dashes, a "-2", "-3"… suffix when taken by
/// another entity or equal to a language code, as nopCommerce's UrlRecordService does.
/// </summary>
public class RepositoryUrlRecordService : IUrlRecordService
{
    private const int MaxSlugLength = 200;
    private readonly IRepository<Language> _languages;
    private readonly IRepository<UrlRecord> _urlRecords;

    public RepositoryUrlRecordService(IRepository<UrlRecord> urlRecords, IRepository<Language> languages)
    {
        _urlRecords = urlRecords;
        _languages = languages;
    }

    public Task DeleteUrlRecordsAsync(IList<UrlRecord> urlRecords) => _urlRecords.DeleteAsync(urlRecords);

    public async Task<UrlRecord> GetBySlugAsync(string slug) =>
        string.IsNullOrEmpty(slug) ? null : await _urlRecords.Table.Where(r => r.Slug == slug).OrderByDescending(r => r.IsActive).ThenBy(r => r.Id).FirstOrDefaultAsync();

    public async Task<string> GetActiveSlugAsync(int entityId, string entityName, int languageId) =>
        (await _urlRecords.Table.FirstOrDefaultAsync(r => r.EntityId == entityId && r.EntityName == entityName && r.LanguageId == languageId && r.IsActive))?.Slug ?? string.Empty;

    public async Task SaveSlugAsync<T>(T entity, string slug, int languageId) where T : BaseEntity, ISlugSupported
    {
        var entityName = entity.GetType().Name;
        var records = await _urlRecords.Table.Where(r => r.EntityId == entity.Id && r.EntityName == entityName && r.LanguageId == languageId).ToListAsync();
        var target = string.IsNullOrWhiteSpace(slug) ? null : records.FirstOrDefault(r => string.Equals(r.Slug, slug, StringComparison.InvariantCultureIgnoreCase));

        foreach (var record in records.Where(r => r.IsActive && r != target))
        {
            record.IsActive = false;
            await _urlRecords.UpdateAsync(record);
        }

        if (string.IsNullOrWhiteSpace(slug))
            return;

        if (target == null)
            await _urlRecords.InsertAsync(new UrlRecord { EntityId = entity.Id, EntityName = entityName, Slug = slug, LanguageId = languageId, IsActive = true });
        else if (!target.IsActive)
        {
            target.IsActive = true;
            await _urlRecords.UpdateAsync(target);
        }
    }

    public async Task<string> GetSeNameAsync<T>(T entity, int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where T : BaseEntity, ISlugSupported
    {
        var entityName = entity.GetType().Name;
        var slug = languageId is > 0 ? await GetActiveSlugAsync(entity.Id, entityName, languageId.Value) : string.Empty;
        if (string.IsNullOrEmpty(slug) && returnDefaultValue)
            slug = await GetActiveSlugAsync(entity.Id, entityName, 0);
        return slug;
    }

    public async Task<string> ValidateSeNameAsync<T>(T entity, string seName, string name, bool ensureNotEmpty) where T : BaseEntity, ISlugSupported
    {
        var entityName = entity.GetType().Name;
        if (string.IsNullOrWhiteSpace(seName) && !string.IsNullOrWhiteSpace(name))
            seName = name;

        seName = Normalize(seName);
        if (seName.Length > MaxSlugLength)
            seName = seName[..MaxSlugLength];
        if (string.IsNullOrWhiteSpace(seName))
        {
            if (!ensureNotEmpty)
                return seName;
            seName = entity.Id.ToString(CultureInfo.InvariantCulture);
        }

        var languageCodes = (await _languages.Table.Select(l => l.UniqueSeoCode).ToListAsync()).Where(c => c != null).ToList();
        var candidate = seName;
        for (var i = 2; ; i++)
        {
            var taken = await GetBySlugAsync(candidate);
            var takenByAnother = taken != null && !(taken.EntityId == entity.Id && string.Equals(taken.EntityName, entityName, StringComparison.InvariantCultureIgnoreCase));
            if (!takenByAnother && !languageCodes.Contains(candidate, StringComparer.InvariantCultureIgnoreCase))
                return candidate;
            candidate = $"{seName}-{i}";
        }
    }

    private static string Normalize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var builder = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }
}
