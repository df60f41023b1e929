namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/Token.cs
public sealed partial class Token
{
    public Token(string key, object value) : this(key, value, false)
    {
    }

    public Token(string key, object value, bool neverHtmlEncoded)
    {
        Key = key;
        Value = value;
        NeverHtmlEncoded = neverHtmlEncoded;
    }

    /// <summary>The name between the percent signs, e.g. "Order.OrderNumber".</summary>
    public string Key { get; }

    public object Value { get; }

    /// <summary>URLs and ready-made HTML (product tables) are inserted as they are.</summary>
    public bool NeverHtmlEncoded { get; }

    public override string ToString() => $"{Key}: {Value}";
}
