using Nop.Data.Mapping;
using Nop.Plugin.Misc.MerchantOps.Replies.Domain;

namespace Nop.Plugin.Misc.MerchantOps.Replies.Data;

/// <summary>The reply tables carry the plugin's prefix, so they never collide with nopCommerce's or another plugin's.</summary>
public class ReplyNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => new()
    {
        { typeof(CannedReply), ReplyTables.Reply },
        { typeof(CannedReplySend), ReplyTables.Send }
    };

    public Dictionary<(Type, string), string> ColumnName => new();
}
