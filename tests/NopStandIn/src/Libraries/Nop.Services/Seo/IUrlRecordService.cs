using Nop.Core;
using Nop.Core.Domain.Seo;

namespace Nop.Services.Seo;

// Real source: src/Libraries/Nop.Services/Seo/IUrlRecordService.cs (subset)
public partial interface IUrlRecordService
{
    Task DeleteUrlRecordsAsync(IList<UrlRecord> urlRecords);

    Task<UrlRecord> GetBySlugAsync(string slug);

    Task<string> GetActiveSlugAsync(int entityId, string entityName, int languageId);

    Task SaveSlugAsync<T>(T entity, string slug, int languageId) where T : BaseEntity, ISlugSupported;

    Task<string> GetSeNameAsync<T>(T entity, int? languageId = null, bool returnDefaultValue = true,
        bool ensureTwoPublishedLanguages = true) where T : BaseEntity, ISlugSupported;

    /// <summary>A valid, unused slug for the entity from seName (or name when seName is empty).</summary>
    Task<string> ValidateSeNameAsync<T>(T entity, string seName, string name, bool ensureNotEmpty) where T : BaseEntity, ISlugSupported;
}
