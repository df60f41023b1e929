namespace Nop.Plugin.Misc.MerchantOps.Packing.Domain;

/// <summary>Resource keys of every packing message, so results carry a key and the UI shows it in the user's language.</summary>
public static class PackingResourceKeys
{
    public static class Batch
    {
        public const string Created = "Plugins.Misc.MerchantOps.Packing.Batch.Created";
        public const string NotFound = "Plugins.Misc.MerchantOps.Packing.Batch.NotFound";
        public const string NoOrders = "Plugins.Misc.MerchantOps.Packing.Batch.NoOrders";
        public const string NoOrderClaimed = "Plugins.Misc.MerchantOps.Packing.Batch.NoOrderClaimed";
        public const string TooManyOrders = "Plugins.Misc.MerchantOps.Packing.Batch.TooManyOrders";
        public const string NameTooLong = "Plugins.Misc.MerchantOps.Packing.Batch.NameTooLong";
        public const string OrdersAdded = "Plugins.Misc.MerchantOps.Packing.Batch.OrdersAdded";
        public const string CannotAddOrders = "Plugins.Misc.MerchantOps.Packing.Batch.CannotAddOrders";
        public const string CannotStartPicking = "Plugins.Misc.MerchantOps.Packing.Batch.CannotStartPicking";
        public const string CannotStartPacking = "Plugins.Misc.MerchantOps.Packing.Batch.CannotStartPacking";
        public const string CannotFinish = "Plugins.Misc.MerchantOps.Packing.Batch.CannotFinish";
        public const string CannotCancel = "Plugins.Misc.MerchantOps.Packing.Batch.CannotCancel";
        public const string CannotAssign = "Plugins.Misc.MerchantOps.Packing.Batch.CannotAssign";
        public const string NotPacking = "Plugins.Misc.MerchantOps.Packing.Batch.NotPacking";
        public const string OrdersLeft = "Plugins.Misc.MerchantOps.Packing.Batch.OrdersLeft";
        public const string ShipmentInProgress = "Plugins.Misc.MerchantOps.Packing.Batch.ShipmentInProgress";
        public const string ClaimedByAnother = "Plugins.Misc.MerchantOps.Packing.Batch.ClaimedByAnother";
        public const string ChangedMeanwhile = "Plugins.Misc.MerchantOps.Packing.Batch.ChangedMeanwhile";
        public const string UnknownAssignee = "Plugins.Misc.MerchantOps.Packing.Batch.UnknownAssignee";
        public const string Assigned = "Plugins.Misc.MerchantOps.Packing.Batch.Assigned";
        public const string PickingStarted = "Plugins.Misc.MerchantOps.Packing.Batch.PickingStarted";
        public const string PackingStarted = "Plugins.Misc.MerchantOps.Packing.Batch.PackingStarted";
        public const string Finished = "Plugins.Misc.MerchantOps.Packing.Batch.Finished";
        public const string Cancelled = "Plugins.Misc.MerchantOps.Packing.Batch.Cancelled";
    }

    public static class Queue
    {
        /// <summary>The words after the ready count: "orders ready to pack".</summary>
        public const string ReadyCount = "Plugins.Misc.MerchantOps.Packing.Queue.ReadyCount";

        /// <summary>When the ready count was counted ({0}: the time of day in the admin's time zone).</summary>
        public const string ReadyCountAsOf = "Plugins.Misc.MerchantOps.Packing.Queue.ReadyCountAsOf";
    }

    public static class Claim
    {
        public const string AlreadyInBatch = "Plugins.Misc.MerchantOps.Packing.Claim.AlreadyInBatch";

        /// <summary>Ready when this batch looked, then claimed by another batch at the same moment (the race was lost).</summary>
        public const string TakenMeanwhile = "Plugins.Misc.MerchantOps.Packing.Claim.TakenMeanwhile";
        public const string NotReady = "Plugins.Misc.MerchantOps.Packing.Claim.NotReady";
        public const string NothingToPack = "Plugins.Misc.MerchantOps.Packing.Claim.NothingToPack";

        /// <summary>Already in the batch the orders are being added to.</summary>
        public const string AlreadyInThisBatch = "Plugins.Misc.MerchantOps.Packing.Claim.AlreadyInThisBatch";
        public const string OrderNotFound = "Plugins.Misc.MerchantOps.Packing.Claim.OrderNotFound";
        public const string OrderCancelled = "Plugins.Misc.MerchantOps.Packing.Claim.OrderCancelled";
        public const string OrderComplete = "Plugins.Misc.MerchantOps.Packing.Claim.OrderComplete";
        public const string PickupInStore = "Plugins.Misc.MerchantOps.Packing.Claim.PickupInStore";
        public const string AlreadyShipped = "Plugins.Misc.MerchantOps.Packing.Claim.AlreadyShipped";
        public const string NotPaid = "Plugins.Misc.MerchantOps.Packing.Claim.NotPaid";

        /// <summary>Nothing in the order can be shipped (downloads, services, products not marked "shipping enabled").</summary>
        public const string NothingShippable = "Plugins.Misc.MerchantOps.Packing.Claim.NothingShippable";

        /// <summary>A vendor's batch: the order has no shippable item of theirs.</summary>
        public const string NothingForVendor = "Plugins.Misc.MerchantOps.Packing.Claim.NothingForVendor";
    }

    public static class Order
    {
        public const string NotFound = "Plugins.Misc.MerchantOps.Packing.Order.NotFound";
        public const string CannotSkip = "Plugins.Misc.MerchantOps.Packing.Order.CannotSkip";
        public const string CannotRemove = "Plugins.Misc.MerchantOps.Packing.Order.CannotRemove";
        public const string HasShipment = "Plugins.Misc.MerchantOps.Packing.Order.HasShipment";
        public const string CannotFlag = "Plugins.Misc.MerchantOps.Packing.Order.CannotFlag";
        public const string NotAProblem = "Plugins.Misc.MerchantOps.Packing.Order.NotAProblem";
        public const string NoteTooLong = "Plugins.Misc.MerchantOps.Packing.Order.NoteTooLong";
        public const string NoteRequired = "Plugins.Misc.MerchantOps.Packing.Order.NoteRequired";
        public const string UnknownSkipReason = "Plugins.Misc.MerchantOps.Packing.Order.UnknownSkipReason";
        public const string NotPackable = "Plugins.Misc.MerchantOps.Packing.Order.NotPackable";
        public const string Skipped = "Plugins.Misc.MerchantOps.Packing.Order.Skipped";
        public const string Removed = "Plugins.Misc.MerchantOps.Packing.Order.Removed";
        public const string ProblemFlagged = "Plugins.Misc.MerchantOps.Packing.Order.ProblemFlagged";
        public const string ProblemCleared = "Plugins.Misc.MerchantOps.Packing.Order.ProblemCleared";
    }

    public static class Scan
    {
        public const string Matched = "Plugins.Misc.MerchantOps.Packing.Scan.Matched";
        public const string OrderPacked = "Plugins.Misc.MerchantOps.Packing.Scan.OrderPacked";
        public const string EmptyCode = "Plugins.Misc.MerchantOps.Packing.Scan.EmptyCode";
        public const string UnknownCode = "Plugins.Misc.MerchantOps.Packing.Scan.UnknownCode";
        public const string WrongItem = "Plugins.Misc.MerchantOps.Packing.Scan.WrongItem";
        public const string ItemOfAnotherOrder = "Plugins.Misc.MerchantOps.Packing.Scan.ItemOfAnotherOrder";
        public const string OverQuantity = "Plugins.Misc.MerchantOps.Packing.Scan.OverQuantity";
        public const string OpenOrder = "Plugins.Misc.MerchantOps.Packing.Scan.OpenOrder";
        public const string OrderNotInBatch = "Plugins.Misc.MerchantOps.Packing.Scan.OrderNotInBatch";
    }

    public static class Override
    {
        public const string Done = "Plugins.Misc.MerchantOps.Packing.Override.Done";
        public const string ReasonRequired = "Plugins.Misc.MerchantOps.Packing.Override.ReasonRequired";
    }

    public static class Ship
    {
        public const string Shipped = "Plugins.Misc.MerchantOps.Packing.Ship.Shipped";
        public const string AlreadyShipped = "Plugins.Misc.MerchantOps.Packing.Ship.AlreadyShipped";
        public const string InProgress = "Plugins.Misc.MerchantOps.Packing.Ship.InProgress";
        public const string NotPacked = "Plugins.Misc.MerchantOps.Packing.Ship.NotPacked";
        public const string TrackingNumberTooLong = "Plugins.Misc.MerchantOps.Packing.Ship.TrackingNumberTooLong";
        public const string InvalidWeight = "Plugins.Misc.MerchantOps.Packing.Ship.InvalidWeight";
        public const string OrderDeleted = "Plugins.Misc.MerchantOps.Packing.Ship.OrderDeleted";
        public const string OrderCancelled = "Plugins.Misc.MerchantOps.Packing.Ship.OrderCancelled";
        public const string OrderRefunded = "Plugins.Misc.MerchantOps.Packing.Ship.OrderRefunded";
        public const string PickupInStore = "Plugins.Misc.MerchantOps.Packing.Ship.PickupInStore";
        public const string NothingLeftToShip = "Plugins.Misc.MerchantOps.Packing.Ship.NothingLeftToShip";
        public const string Failed = "Plugins.Misc.MerchantOps.Packing.Ship.Failed";
    }
}
