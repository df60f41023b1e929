using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MerchantOps.HostApi;

/// <summary>The plugin's C# source compiled again: against the stand-in by the release tests, against the real
/// sources by tools/HostApiCheck.</summary>
public static class PluginSource
{
    /// <summary>The SDK's implicit usings for a class library (ImplicitUsings=enable in the plugin project).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static CSharpCompilation Compile(string pluginFolder, IEnumerable<MetadataReference> references)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp13);
        var trees = Directory.GetFiles(pluginFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs"));

        return CSharpCompilation.Create(
            "Nop.Plugin.Misc.MerchantOps",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
    }

    /// <summary>The errors of the compilation, but for the GeneratedRegex methods a source generator would complete
    /// (the compilation does not run generators).</summary>
    public static IEnumerable<Diagnostic> Errors(CSharpCompilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795");
}
