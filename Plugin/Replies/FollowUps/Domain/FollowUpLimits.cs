namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

/// <summary>Bounds of the follow-up rules and of one task run.</summary>
public static class FollowUpLimits
{
    /// <summary>A delay is at least one hour …</summary>
    public const int MinDelayHours = 1;

    /// <summary>… and at most 90 days.</summary>
    public const int MaxDelayHours = 90 * 24;

    public const int MaxReminders = 5;

    public const int MinConversionDays = 1;

    public const int MaxConversionDays = 90;

    public const int MaxNameLength = 200;

    /// <summary>
    /// A target is due from its moment + the delay until this many hours later; a rule switched on (or a task stopped for a
    /// while) never reaches back further, so activating a rule does not email every customer of the store's history.
    /// </summary>
    public const int LateWindowHours = 72;

    /// <summary>Targets looked at per rule and task run (the next run takes the rest).</summary>
    public const int BatchSize = 200;
}
