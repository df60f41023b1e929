using Nop.Services.Plugins;

namespace Nop.Services.Common;

// Real source: src/Libraries/Nop.Services/Common/IMiscPlugin.cs
public partial interface IMiscPlugin : IPlugin;
