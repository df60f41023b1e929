namespace Nop.Services.Messages;

// Real source: src/Libraries/Nop.Services/Messages/ITokenizer.cs
// nopCommerce's Tokenizer throws ArgumentException for a null or white-space template.
public partial interface ITokenizer
{
    string Replace(string template, IEnumerable<Token> tokens, bool htmlEncode);
}
