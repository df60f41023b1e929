namespace Nop.Plugin.Misc.MerchantOps.Replies.Domain;

/// <summary>Resource keys of every message the reply services return, so the UI shows them in the user's language.</summary>
public static class ReplyResourceKeys
{
    public const string NotFound = "Plugins.Misc.MerchantOps.Replies.NotFound";

    /// <summary>"All languages" / "All stores": a reply for every language or store (language or store 0).</summary>
    public const string AllLanguages = "Plugins.Misc.MerchantOps.Replies.AllLanguages";
    public const string AllStores = "Plugins.Misc.MerchantOps.Replies.AllStores";

    /// <summary>The list's language filter: only the replies for all languages.</summary>
    public const string AllLanguagesOnly = "Plugins.Misc.MerchantOps.Replies.AllLanguagesOnly";

    /// <summary>The first items of the library's filters.</summary>
    public static class Search
    {
        public const string AnyCategory = "Plugins.Misc.MerchantOps.Replies.Search.AnyCategory";
        public const string AnyLanguage = "Plugins.Misc.MerchantOps.Replies.Search.AnyLanguage";
        public const string AnyStore = "Plugins.Misc.MerchantOps.Replies.Search.AnyStore";
        public const string ActiveAny = "Plugins.Misc.MerchantOps.Replies.Search.ActiveAny";
        public const string ActiveOnly = "Plugins.Misc.MerchantOps.Replies.Search.ActiveOnly";
        public const string InactiveOnly = "Plugins.Misc.MerchantOps.Replies.Search.InactiveOnly";
    }

    /// <summary>The send log.</summary>
    public static class Log
    {
        public const string AnyReply = "Plugins.Misc.MerchantOps.Replies.Log.AnyReply";
        public const string ChannelEmail = "Plugins.Misc.MerchantOps.Replies.Log.Channel.Email";
        public const string ChannelNote = "Plugins.Misc.MerchantOps.Replies.Log.Channel.Note";
    }

    /// <summary>What became of a sent reply's email, one key per status of the send log.</summary>
    public static class EmailStatus
    {
        public const string None = "Plugins.Misc.MerchantOps.Replies.EmailStatus.None";
        public const string Queued = "Plugins.Misc.MerchantOps.Replies.EmailStatus.Queued";
        public const string Sent = "Plugins.Misc.MerchantOps.Replies.EmailStatus.Sent";
        public const string Failed = "Plugins.Misc.MerchantOps.Replies.EmailStatus.Failed";
        public const string Deleted = "Plugins.Misc.MerchantOps.Replies.EmailStatus.Deleted";
    }

    /// <summary>A refused CSV import.</summary>
    public static class Import
    {
        public const string NothingImported = "Plugins.Misc.MerchantOps.Replies.Import.NothingImported";

        /// <summary>Args: the line, the field, why.</summary>
        public const string LineError = "Plugins.Misc.MerchantOps.Replies.Import.LineError";
    }

    /// <summary>Validation of a reply (save, CSV import).</summary>
    public static class Save
    {
        public const string Saved = "Plugins.Misc.MerchantOps.Replies.Save.Saved";
        public const string Deleted = "Plugins.Misc.MerchantOps.Replies.Save.Deleted";
        public const string TitleRequired = "Plugins.Misc.MerchantOps.Replies.Save.TitleRequired";
        public const string BodyRequired = "Plugins.Misc.MerchantOps.Replies.Save.BodyRequired";

        /// <summary>Args: the field's maximum length.</summary>
        public const string TooLong = "Plugins.Misc.MerchantOps.Replies.Save.TooLong";

        /// <summary>Args: the maximum size in MB.</summary>
        public const string BodyTooLarge = "Plugins.Misc.MerchantOps.Replies.Save.BodyTooLarge";

        public const string ShortcutInvalid = "Plugins.Misc.MerchantOps.Replies.Save.ShortcutInvalid";

        /// <summary>Args: the shortcut, the title of the reply that has it.</summary>
        public const string ShortcutTaken = "Plugins.Misc.MerchantOps.Replies.Save.ShortcutTaken";

        public const string LanguageUnknown = "Plugins.Misc.MerchantOps.Replies.Save.LanguageUnknown";
        public const string StoreUnknown = "Plugins.Misc.MerchantOps.Replies.Save.StoreUnknown";

        /// <summary>A warning, saving is not blocked. Args: the unknown tokens, comma-separated.</summary>
        public const string UnknownTokens = "Plugins.Misc.MerchantOps.Replies.Save.UnknownTokens";
    }

    /// <summary>Warnings of a rendered reply.</summary>
    public static class Render
    {
        public const string OrderNotFound = "Plugins.Misc.MerchantOps.Replies.Render.OrderNotFound";
        public const string CustomerNotFound = "Plugins.Misc.MerchantOps.Replies.Render.CustomerNotFound";
        public const string NoShipment = "Plugins.Misc.MerchantOps.Replies.Render.NoShipment";
        public const string NoEmailAddress = "Plugins.Misc.MerchantOps.Replies.Render.NoEmailAddress";
        public const string NoEmailAccount = "Plugins.Misc.MerchantOps.Replies.Render.NoEmailAccount";

        /// <summary>Args: the unknown tokens, comma-separated.</summary>
        public const string UnknownTokens = "Plugins.Misc.MerchantOps.Replies.Render.UnknownTokens";

        /// <summary>Args: the language asked for, the language used.</summary>
        public const string FellBack = "Plugins.Misc.MerchantOps.Replies.Render.FellBack";
    }

    public static class Send
    {
        /// <summary>Args: the recipient's email.</summary>
        public const string Emailed = "Plugins.Misc.MerchantOps.Replies.Send.Emailed";
        public const string NoteAdded = "Plugins.Misc.MerchantOps.Replies.Send.NoteAdded";

        /// <summary>Args: the recipient's email.</summary>
        public const string EmailedAndNoteAdded = "Plugins.Misc.MerchantOps.Replies.Send.EmailedAndNoteAdded";

        public const string AlreadySent = "Plugins.Misc.MerchantOps.Replies.Send.AlreadySent";
        public const string NothingChosen = "Plugins.Misc.MerchantOps.Replies.Send.NothingChosen";
        public const string NoteNeedsOrder = "Plugins.Misc.MerchantOps.Replies.Send.NoteNeedsOrder";
        public const string MissingKey = "Plugins.Misc.MerchantOps.Replies.Send.MissingKey";
        public const string EmptyBody = "Plugins.Misc.MerchantOps.Replies.Send.EmptyBody";
        public const string ReplyNotFound = "Plugins.Misc.MerchantOps.Replies.Send.ReplyNotFound";
        public const string OrderNotFound = "Plugins.Misc.MerchantOps.Replies.Send.OrderNotFound";
        public const string CustomerNotFound = "Plugins.Misc.MerchantOps.Replies.Send.CustomerNotFound";
        public const string NoEmailAddress = "Plugins.Misc.MerchantOps.Replies.Send.NoEmailAddress";
        public const string NoEmailAccount = "Plugins.Misc.MerchantOps.Replies.Send.NoEmailAccount";

        /// <summary>The same SendKey was used for another order, customer or reply.</summary>
        public const string KeyReused = "Plugins.Misc.MerchantOps.Replies.Send.KeyReused";

        public const string Failed = "Plugins.Misc.MerchantOps.Replies.Send.Failed";

        /// <summary>The order note written when the reply itself is not added as a note. Args: title, sender, email.</summary>
        public const string SummaryNote = "Plugins.Misc.MerchantOps.Replies.Send.SummaryNote";
    }

    public static class Card
    {
        /// <summary>The reply has formatting the card's text cannot show: kept while the text is unchanged.</summary>
        public const string FormattingKeptUntilEdited = "Plugins.Misc.MerchantOps.Replies.Card.FormattingKeptUntilEdited";
    }

    public static class Csv
    {
        public const string Imported = "Plugins.Misc.MerchantOps.Replies.Csv.Imported";
        public const string Empty = "Plugins.Misc.MerchantOps.Replies.Csv.Empty";

        /// <summary>Args: the missing column.</summary>
        public const string MissingColumn = "Plugins.Misc.MerchantOps.Replies.Csv.MissingColumn";

        public const string Malformed = "Plugins.Misc.MerchantOps.Replies.Csv.Malformed";
        public const string BadBoolean = "Plugins.Misc.MerchantOps.Replies.Csv.BadBoolean";
        public const string BadNumber = "Plugins.Misc.MerchantOps.Replies.Csv.BadNumber";

        /// <summary>Args: the first line with the same shortcut, language and store.</summary>
        public const string DuplicateInFile = "Plugins.Misc.MerchantOps.Replies.Csv.DuplicateInFile";
    }

    public static class Faq
    {
        public const string Published = "Plugins.Misc.MerchantOps.Replies.Faq.Published";
        public const string NothingSelected = "Plugins.Misc.MerchantOps.Replies.Faq.NothingSelected";
        public const string NothingPublishable = "Plugins.Misc.MerchantOps.Replies.Faq.NothingPublishable";
        public const string TopicTitle = "Plugins.Misc.MerchantOps.Replies.Faq.TopicTitle";

        /// <summary>Args: the titles of the replies left out, comma-separated.</summary>
        public const string Refused = "Plugins.Misc.MerchantOps.Replies.Faq.Refused";
    }
}
