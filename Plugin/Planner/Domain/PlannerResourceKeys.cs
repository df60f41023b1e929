namespace Nop.Plugin.Misc.MerchantOps.Planner.Domain;

/// <summary>Resource keys of every planner message, so results carry a key and the UI shows it in the user's language.</summary>
public static class PlannerResourceKeys
{
    public static class Block
    {
        public const string Saved = "Plugins.Misc.MerchantOps.Planner.Block.Saved";
        public const string Deleted = "Plugins.Misc.MerchantOps.Planner.Block.Deleted";
        public const string NotFound = "Plugins.Misc.MerchantOps.Planner.Block.NotFound";
        public const string ChangedMeanwhile = "Plugins.Misc.MerchantOps.Planner.Block.ChangedMeanwhile";
        public const string TitleRequired = "Plugins.Misc.MerchantOps.Planner.Block.TitleRequired";
        public const string TitleTooLong = "Plugins.Misc.MerchantOps.Planner.Block.TitleTooLong";
        public const string CategoryTooLong = "Plugins.Misc.MerchantOps.Planner.Block.CategoryTooLong";
        public const string NotesTooLong = "Plugins.Misc.MerchantOps.Planner.Block.NotesTooLong";
        public const string TooManySteps = "Plugins.Misc.MerchantOps.Planner.Block.TooManySteps";
        public const string StepTooLong = "Plugins.Misc.MerchantOps.Planner.Block.StepTooLong";
        public const string DurationOutOfRange = "Plugins.Misc.MerchantOps.Planner.Block.DurationOutOfRange";
        public const string InvalidColour = "Plugins.Misc.MerchantOps.Planner.Block.InvalidColour";
        public const string UnknownAssignee = "Plugins.Misc.MerchantOps.Planner.Block.UnknownAssignee";
        public const string UnknownStore = "Plugins.Misc.MerchantOps.Planner.Block.UnknownStore";
        public const string UnknownLiveBinding = "Plugins.Misc.MerchantOps.Planner.Block.UnknownLiveBinding";
        public const string StartOutOfRange = "Plugins.Misc.MerchantOps.Planner.Block.StartOutOfRange";
        public const string StartInGap = "Plugins.Misc.MerchantOps.Planner.Block.StartInGap";
    }

    public static class Recurrence
    {
        public const string Invalid = "Plugins.Misc.MerchantOps.Planner.Recurrence.Invalid";
        public const string TooLong = "Plugins.Misc.MerchantOps.Planner.Recurrence.TooLong";
        public const string Unsupported = "Plugins.Misc.MerchantOps.Planner.Recurrence.Unsupported";
        public const string IntervalOutOfRange = "Plugins.Misc.MerchantOps.Planner.Recurrence.IntervalOutOfRange";
        public const string CountOutOfRange = "Plugins.Misc.MerchantOps.Planner.Recurrence.CountOutOfRange";
        public const string UntilBeforeStart = "Plugins.Misc.MerchantOps.Planner.Recurrence.UntilBeforeStart";
        public const string StartNotOnRule = "Plugins.Misc.MerchantOps.Planner.Recurrence.StartNotOnRule";
        public const string WindowTooLong = "Plugins.Misc.MerchantOps.Planner.Recurrence.WindowTooLong";
        public const string NotRecurring = "Plugins.Misc.MerchantOps.Planner.Recurrence.NotRecurring";
    }

    public static class Occurrence
    {
        public const string NotFound = "Plugins.Misc.MerchantOps.Planner.Occurrence.NotFound";
        public const string Skipped = "Plugins.Misc.MerchantOps.Planner.Occurrence.Skipped";
        public const string Moved = "Plugins.Misc.MerchantOps.Planner.Occurrence.Moved";
        public const string Restored = "Plugins.Misc.MerchantOps.Planner.Occurrence.Restored";
        public const string MovedTooFar = "Plugins.Misc.MerchantOps.Planner.Occurrence.MovedTooFar";
        public const string Done = "Plugins.Misc.MerchantOps.Planner.Occurrence.Done";
        public const string AlreadyDone = "Plugins.Misc.MerchantOps.Planner.Occurrence.AlreadyDone";
        public const string Undone = "Plugins.Misc.MerchantOps.Planner.Occurrence.Undone";
        public const string NoteTooLong = "Plugins.Misc.MerchantOps.Planner.Occurrence.NoteTooLong";
    }

    public static class Routine
    {
        public const string Created = "Plugins.Misc.MerchantOps.Planner.Routine.Created";
        public const string AlreadyCreated = "Plugins.Misc.MerchantOps.Planner.Routine.AlreadyCreated";
    }

    public static class Feed
    {
        public const string Created = "Plugins.Misc.MerchantOps.Planner.Feed.Created";
        public const string Rotated = "Plugins.Misc.MerchantOps.Planner.Feed.Rotated";
        public const string Revoked = "Plugins.Misc.MerchantOps.Planner.Feed.Revoked";

        /// <summary>"Create" when a link exists: it is never shown again, replacing it makes a new one.</summary>
        public const string AlreadyExists = "Plugins.Misc.MerchantOps.Planner.Feed.AlreadyExists";
    }

    /// <summary>Labels of the live bindings (the block form's list), one per <see cref="PlannerLiveBinding"/>.</summary>
    public static class Binding
    {
        public const string None = "Plugins.Misc.MerchantOps.Planner.Binding.None";
        public const string OrdersToPack = "Plugins.Misc.MerchantOps.Planner.Binding.OrdersToPack";
        public const string AwaitingReply = "Plugins.Misc.MerchantOps.Planner.Binding.AwaitingReply";
        public const string YesterdaysFigures = "Plugins.Misc.MerchantOps.Planner.Binding.YesterdaysFigures";
        public const string PendingReturns = "Plugins.Misc.MerchantOps.Planner.Binding.PendingReturns";
        public const string ReviewsAwaitingApproval = "Plugins.Misc.MerchantOps.Planner.Binding.ReviewsAwaitingApproval";
        public const string LowStock = "Plugins.Misc.MerchantOps.Planner.Binding.LowStock";
        public const string ProductsWithoutPictures = "Plugins.Misc.MerchantOps.Planner.Binding.ProductsWithoutPictures";

        public static string For(PlannerLiveBinding binding) => binding switch
        {
            PlannerLiveBinding.OrdersToPack => OrdersToPack,
            PlannerLiveBinding.AwaitingReply => AwaitingReply,
            PlannerLiveBinding.YesterdaysFigures => YesterdaysFigures,
            PlannerLiveBinding.PendingReturns => PendingReturns,
            PlannerLiveBinding.ReviewsAwaitingApproval => ReviewsAwaitingApproval,
            PlannerLiveBinding.LowStock => LowStock,
            PlannerLiveBinding.ProductsWithoutPictures => ProductsWithoutPictures,
            _ => None
        };
    }

    /// <summary>The live counts' texts ("Orders to pack: 12") and their age, one per <see cref="PlannerLiveBinding"/>.</summary>
    public static class Live
    {
        public const string OrdersToPack = "Plugins.Misc.MerchantOps.Planner.Live.OrdersToPack";
        public const string AwaitingReply = "Plugins.Misc.MerchantOps.Planner.Live.AwaitingReply";
        public const string YesterdaysFigures = "Plugins.Misc.MerchantOps.Planner.Live.YesterdaysFigures";
        public const string PendingReturns = "Plugins.Misc.MerchantOps.Planner.Live.PendingReturns";
        public const string ReviewsAwaitingApproval = "Plugins.Misc.MerchantOps.Planner.Live.ReviewsAwaitingApproval";
        public const string LowStock = "Plugins.Misc.MerchantOps.Planner.Live.LowStock";
        public const string ProductsWithoutPictures = "Plugins.Misc.MerchantOps.Planner.Live.ProductsWithoutPictures";
        public const string AsOf = "Plugins.Misc.MerchantOps.Planner.Live.AsOf";

        public static string For(PlannerLiveBinding binding) => binding switch
        {
            PlannerLiveBinding.OrdersToPack => OrdersToPack,
            PlannerLiveBinding.AwaitingReply => AwaitingReply,
            PlannerLiveBinding.YesterdaysFigures => YesterdaysFigures,
            PlannerLiveBinding.PendingReturns => PendingReturns,
            PlannerLiveBinding.ReviewsAwaitingApproval => ReviewsAwaitingApproval,
            PlannerLiveBinding.LowStock => LowStock,
            PlannerLiveBinding.ProductsWithoutPictures => ProductsWithoutPictures,
            _ => null
        };
    }

    /// <summary>The shoot list page and its CSV.</summary>
    public static class ShootList
    {
        public const string Title = "Plugins.Misc.MerchantOps.Planner.ShootList.Title";
        public const string Intro = "Plugins.Misc.MerchantOps.Planner.ShootList.Intro";
        public const string Empty = "Plugins.Misc.MerchantOps.Planner.ShootList.Empty";
        public const string Product = "Plugins.Misc.MerchantOps.Planner.ShootList.Product";
        public const string Sku = "Plugins.Misc.MerchantOps.Planner.ShootList.Sku";
        public const string Views = "Plugins.Misc.MerchantOps.Planner.ShootList.Views";
        public const string FileNames = "Plugins.Misc.MerchantOps.Planner.ShootList.FileNames";
        public const string Destination = "Plugins.Misc.MerchantOps.Planner.ShootList.Destination";
        public const string EditProduct = "Plugins.Misc.MerchantOps.Planner.ShootList.EditProduct";
        public const string DefaultViews = "Plugins.Misc.MerchantOps.Planner.ShootList.DefaultViews";
        public const string ExportCsv = "Plugins.Misc.MerchantOps.Planner.ShootList.ExportCsv";
        public const string Total = "Plugins.Misc.MerchantOps.Planner.ShootList.Total";
        public const string Previous = "Plugins.Misc.MerchantOps.Planner.ShootList.Previous";
        public const string Next = "Plugins.Misc.MerchantOps.Planner.ShootList.Next";
        public const string PageOf = "Plugins.Misc.MerchantOps.Planner.ShootList.PageOf";
    }
}
