namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>Every bound of the planner, in one place (column lengths come from here too).</summary>
public static class PlannerLimits
{
    public const int MaxTitleLength = 200;
    public const int MaxCategoryLength = 100;
    public const int MaxNotesLength = 10_000;

    /// <summary>A procedure has at most this many numbered steps, each at most <see cref="MaxStepLength"/> characters.</summary>
    public const int MaxProcedureSteps = 50;
    public const int MaxStepLength = 500;

    /// <summary>The stored procedure: the steps, one a line.</summary>
    public const int MaxProcedureLength = MaxProcedureSteps * (MaxStepLength + 1);

    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>"#rrggbb".</summary>
    public const int ColourLength = 7;

    public const int MaxRuleLength = 500;

    /// <summary>Every N weeks: N at most 52; every N months: N at most 12.</summary>
    public const int MaxWeeklyInterval = 52;
    public const int MaxMonthlyInterval = 12;

    /// <summary>A rule with COUNT ends after at most this many occurrences.</summary>
    public const int MaxRuleCount = 1000;

    /// <summary>A block starts between these years (local date).</summary>
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>One expansion covers at most this many days, and yields at most this many occurrences of a block.</summary>
    public const int MaxExpansionDays = 400;
    public const int MaxOccurrencesPerExpansion = 2000;

    /// <summary>
    /// Ical.Net gives up on a rule after this many steps that yield nothing (a rule that can never match would
    /// otherwise walk to year 9999).
    /// </summary>
    public const int MaxUnmatchedIncrements = 1000;

    /// <summary>A moved occurrence stays within this many days of its original start.</summary>
    public const int MaxMoveDays = 31;

    /// <summary>Undone occurrences of the last this many days are carried to today as late.</summary>
    public const int LateLookbackDays = 14;

    public const int MaxCompletionNoteLength = 1000;

    /// <summary>The feed: occurrences from this many days back (the feed's series are whole; this bounds exceptions).</summary>
    public const int FeedPastDays = 90;

    /// <summary>Bytes of randomness in a feed secret, and length of its public key (hex).</summary>
    public const int FeedSecretBytes = 32;
    public const int FeedKeyLength = 32;

    /// <summary>SHA-256, hex.</summary>
    public const int FeedHashLength = 64;

    public const int MaxCultureLength = 10;
}
