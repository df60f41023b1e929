using System.Globalization;
using System.Transactions;
using CsvHelper;
using Nop.Data;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;
using Nop.Plugin.Misc.MerchantOps.Replies.Services.Contracts;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Keys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Csv;
using SaveKeys = Nop.Plugin.Misc.MerchantOps.Replies.Domain.ReplyResourceKeys.Save;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Services;

/// <summary>
/// CSV export and all-or-nothing import of the library (CsvHelper, RFC 4180, comma separated, UTF-8 with BOM).
/// Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe, and so
/// do cells that already start with one; the import removes one leading apostrophe. That makes the protection
/// exactly reversible: export → import → export gives the same bytes.
/// </summary>
public class ReplyCsvService : IReplyCsvService
{
    public static readonly string[] Columns = ["Title", "Category", "Shortcut", "Subject", "Body", "Language", "Store", "Active", "DisplayOrder"];

    private const char FormulaGuard = '\'';
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private readonly ILanguageService _languageService;
    private readonly IRepository<CannedReply> _replies;
    private readonly ICannedReplyService _replyService;
    private readonly IStoreService _storeService;
    private readonly TimeProvider _timeProvider;

    public ReplyCsvService(ILanguageService languageService,
        IRepository<CannedReply> replies,
        ICannedReplyService replyService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _languageService = languageService;
        _replies = replies;
        _replyService = replyService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    public async Task<byte[]> ExportAsync(CannedReplySearch search)
    {
        var replies = await _replyService.SearchAsync(search ?? new CannedReplySearch());
        var cultures = (await _languageService.GetAllLanguagesAsync(showHidden: true)).ToDictionary(language => language.Id, language => language.LanguageCulture);

        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteRecord(Columns);
            foreach (var reply in replies)
                csv.WriteRecord(new[]
                {
                    Protect(reply.Title), Protect(reply.Category), Protect(reply.Shortcut), Protect(reply.Subject), Protect(reply.Body),
                    reply.LanguageId == 0 ? string.Empty : cultures.GetValueOrDefault(reply.LanguageId, reply.LanguageId.ToString(CultureInfo.InvariantCulture)),
                    reply.StoreId.ToString(CultureInfo.InvariantCulture),
                    reply.Active ? "true" : "false",
                    reply.DisplayOrder.ToString(CultureInfo.InvariantCulture)
                });
        }

        return stream.ToArray();
    }

    public async Task<ReplyImportResult> ImportAsync(Stream csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer);

        var (lines, errors) = await ReadAsync(buffer.ToArray());
        if (errors.Count == 0 && lines.Count == 0)
            errors.Add(new ReplyImportError(1, null, Keys.Empty, []));

        // Every line is checked before anything is written, and every problem reported at once.
        var existing = (await _replies.Table.Where(reply => !reply.Deleted).ToListAsync())
            .Where(reply => reply.Shortcut != null)
            .GroupBy(reply => reply.ShortcutKey).ToDictionary(group => group.Key, group => group.First());
        var firstLineOfKey = new Dictionary<string, int>();
        foreach (var (line, input) in lines)
        {
            ReplyInputRules.Normalize(input);
            errors.AddRange(ReplyInputRules.Check(input).Select(error => new ReplyImportError(line, error.Field, error.ResourceKey, error.Args)));

            var key = CannedReply.ShortcutKeyOf(input.Shortcut, input.LanguageId, input.StoreId);
            if (key == null)
                continue;
            if (firstLineOfKey.TryGetValue(key, out var first))
                errors.Add(new ReplyImportError(line, nameof(CannedReplyInput.Shortcut), Keys.DuplicateInFile, [first]));
            else
                firstLineOfKey[key] = line;
        }

        if (errors.Count > 0)
            return Failed(errors);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var created = new List<CannedReply>();
        var updated = new List<CannedReply>();
        foreach (var (_, input) in lines)
        {
            var key = CannedReply.ShortcutKeyOf(input.Shortcut, input.LanguageId, input.StoreId);
            var reply = key != null && existing.TryGetValue(key, out var match) ? match : null;
            if (reply == null)
            {
                reply = new CannedReply { CreatedOnUtc = now };
                created.Add(reply);
            }
            else
                updated.Add(reply);

            input.ApplyTo(reply, now);
        }

        // One transaction: the whole file or nothing (a shortcut saved by someone else meanwhile rolls it back).
        using (var transaction = new TransactionScope(TransactionScopeOption.Required, TransactionScopeAsyncFlowOption.Enabled))
        {
            if (updated.Count > 0)
                await _replies.UpdateAsync(updated);
            if (created.Count > 0)
                await _replies.InsertAsync(created);
            transaction.Complete();
        }

        return new ReplyImportResult { Succeeded = true, Created = created.Count, Updated = updated.Count };
    }

    /// <summary>The lines of the file as inputs, with their line numbers; unreadable lines and values as errors.</summary>
    private async Task<(List<(int Line, CannedReplyInput Input)> Lines, List<ReplyImportError> Errors)> ReadAsync(byte[] bytes)
    {
        var lines = new List<(int, CannedReplyInput)>();
        var errors = new List<ReplyImportError>();
        var languages = await _languageService.GetAllLanguagesAsync(showHidden: true);
        var storeIds = (await _storeService.GetAllStoresAsync()).Select(store => store.Id).ToHashSet();

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => errors.Add(new ReplyImportError((int)record.LineNumber, null, Keys.Malformed, []))
        };

        using var reader = CsvReader.Create(bytes, options);
        var headers = reader.Headers.Select(header => header?.Trim()).ToList();
        var index = Columns.ToDictionary(column => column, column => headers.FindIndex(header => string.Equals(header, column, StringComparison.OrdinalIgnoreCase)));
        var missing = index.Where(column => column.Value < 0).Select(column => column.Key).ToList();
        if (headers.Count == 0)
            return (lines, errors);
        if (missing.Count > 0)
        {
            errors.AddRange(missing.Select(column => new ReplyImportError(1, column, Keys.MissingColumn, [column])));
            return (lines, errors);
        }

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Field(string column) => reader.GetString(index[column]) ?? string.Empty;

            var input = new CannedReplyInput
            {
                Title = Unprotect(Field("Title")),
                Category = Unprotect(Field("Category")),
                Shortcut = Unprotect(Field("Shortcut")),
                Subject = Unprotect(Field("Subject")),
                Body = Unprotect(Field("Body"))
            };

            var culture = Field("Language").Trim();
            if (culture.Length > 0)
            {
                var language = languages.FirstOrDefault(l => string.Equals(l.LanguageCulture, culture, StringComparison.OrdinalIgnoreCase));
                if (language == null)
                    errors.Add(new ReplyImportError(line, "Language", SaveKeys.LanguageUnknown, []));
                else
                    input.LanguageId = language.Id;
            }

            var store = Field("Store").Trim();
            if (store.Length > 0)
            {
                if (!int.TryParse(store, NumberStyles.Integer, CultureInfo.InvariantCulture, out var storeId))
                    errors.Add(new ReplyImportError(line, "Store", Keys.BadNumber, []));
                else if (storeId != 0 && !storeIds.Contains(storeId))
                    errors.Add(new ReplyImportError(line, "Store", SaveKeys.StoreUnknown, []));
                else
                    input.StoreId = storeId;
            }

            var active = Field("Active").Trim();
            if (active.Length == 0)
                input.Active = true;
            else if (bool.TryParse(active, out var isActive))
                input.Active = isActive;
            else
                errors.Add(new ReplyImportError(line, "Active", Keys.BadBoolean, []));

            var order = Field("DisplayOrder").Trim();
            if (order.Length > 0)
            {
                if (int.TryParse(order, NumberStyles.Integer, CultureInfo.InvariantCulture, out var displayOrder))
                    input.DisplayOrder = displayOrder;
                else
                    errors.Add(new ReplyImportError(line, "DisplayOrder", Keys.BadNumber, []));
            }

            lines.Add((line, input));
        }

        return (lines, errors);
    }

    public static string Protect(string value)
    {
        if (string.IsNullOrEmpty(value))
            return value ?? string.Empty;
        return value[0] == FormulaGuard || Array.IndexOf(FormulaStarts, value[0]) >= 0 ? FormulaGuard + value : value;
    }

    public static string Unprotect(string value) =>
        !string.IsNullOrEmpty(value) && value[0] == FormulaGuard ? value[1..] : value;

    private static ReplyImportResult Failed(List<ReplyImportError> errors) =>
        new() { Succeeded = false, Errors = errors.OrderBy(error => error.Line).ToList() };
}
