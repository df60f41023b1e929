namespace Nop.Plugin.Misc.MerchantOps.Planner.Data;

/// <summary>Table and index names of the planner schema (never renamed: installed stores keep them).</summary>
public static class PlannerTables
{
    public const string Block = "MerchantOpsPlannerBlock";
    public const string OccurrenceException = "MerchantOpsPlannerOccurrenceException";
    public const string OccurrenceCompletion = "MerchantOpsPlannerOccurrenceCompletion";
    public const string FeedSecret = "MerchantOpsPlannerFeedSecret";
    public const string RoutineSeed = "MerchantOpsPlannerRoutineSeed";

    /// <summary>The week view: a store's blocks by start.</summary>
    public const string BlockStoreStartIndex = "IX_MerchantOpsPlannerBlock_StoreId_StartLocal";

    /// <summary>Skip or move an occurrence once: one exception per block and original start.</summary>
    public const string ExceptionOccurrenceIndex = "UX_MerchantOpsPlannerOccurrenceException_Occurrence";

    /// <summary>Tick an occurrence once: one completion per block and occurrence start (a double tick is one).</summary>
    public const string CompletionOccurrenceIndex = "UX_MerchantOpsPlannerOccurrenceCompletion_Occurrence";

    /// <summary>One feed per staff member, and a feed key finds one feed.</summary>
    public const string FeedCustomerIndex = "UX_MerchantOpsPlannerFeedSecret_CustomerId";
    public const string FeedKeyIndex = "UX_MerchantOpsPlannerFeedSecret_FeedKey";

    /// <summary>The default routine once per store, whoever clicks and however often.</summary>
    public const string RoutineStoreIndex = "UX_MerchantOpsPlannerRoutineSeed_StoreId";
}
