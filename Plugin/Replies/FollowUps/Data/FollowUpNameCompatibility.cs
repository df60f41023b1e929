using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.FollowUps.Data;

/// <summary>The follow-ups' tables carry the plugin's prefix.</summary>
public class FollowUpNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(FollowUpRule), FollowUpTables.Rule },
        { typeof(FollowUpSend), FollowUpTables.Send },
        { typeof(FollowUpOptOut), FollowUpTables.OptOut }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
