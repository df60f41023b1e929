namespace Nop.Core.Configuration;

// Real source: src/Libraries/Nop.Core/Configuration/ISettings.cs
public partial interface ISettings
{
}
