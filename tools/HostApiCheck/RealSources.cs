using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MerchantOps.HostApi;

/// <summary>
/// The real sources compiled into symbols (not into assemblies): linq2db 5.4.1, FluentMigrator 7.1.0 and
/// nopCommerce 4.90.3's five assemblies, each against the ones it references, with the .NET 9 reference assemblies.
/// Each file is named by its tree's prefix and its path in the tree ("nopCommerce:src/Libraries/Nop.Core/BaseEntity.cs"),
/// which is what a symbol's location then reports.
/// </summary>
public sealed class RealSources
{
    private RealSources(IReadOnlyList<CSharpCompilation> compilations) => Compilations = compilations;

    public IReadOnlyList<CSharpCompilation> Compilations { get; }

    /// <param name="references">Reference assemblies for everything else (the .NET 9 and ASP.NET Core 9 reference
    /// packs, the packages nopCommerce uses that this machine has).</param>
    public static RealSources Compile(string nopCommerceRoot, string linq2dbRoot, string fluentMigratorRoot, IReadOnlyList<MetadataReference> references)
    {
        string[] netStandard = ["NETSTANDARD", "NETSTANDARD2_0"];
        // linq2db's net6.0 build is the one nopCommerce 4.90.3 loads (lib/net6.0/linq2db.dll in its Nop.Web.deps.json).
        string[] net6 = ["NET", "NETCOREAPP", "NET6_0", "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER", "NATIVE_ASYNC", "NETSTANDARD2_1PLUS"];
        string[] net9 = ["NET", "NETCOREAPP", "NET9_0", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET7_0_OR_GREATER", "NET6_0_OR_GREATER", "NET5_0_OR_GREATER"];

        var abstractions = Project("FluentMigrator.Abstractions", "FluentMigrator:", fluentMigratorRoot, ["src/FluentMigrator.Abstractions"], netStandard, references, []);
        var fluentMigrator = Project("FluentMigrator", "FluentMigrator:", fluentMigratorRoot, ["src/FluentMigrator"], netStandard, references, [abstractions]);
        var linq2db = Project("linq2db", "linq2db:", linq2dbRoot, ["Source/LinqToDB", "Source/Shared"], net6, references, []);

        var core = Project("Nop.Core", "nopCommerce:", nopCommerceRoot, ["src/Libraries/Nop.Core"], net9, references, []);
        var data = Project("Nop.Data", "nopCommerce:", nopCommerceRoot, ["src/Libraries/Nop.Data"], net9, references, [core, linq2db, fluentMigrator, abstractions]);
        var services = Project("Nop.Services", "nopCommerce:", nopCommerceRoot, ["src/Libraries/Nop.Services"], net9, references, [core, data, linq2db, fluentMigrator, abstractions]);
        var framework = Project("Nop.Web.Framework", "nopCommerce:", nopCommerceRoot, ["src/Presentation/Nop.Web.Framework"], net9, references, [core, data, services, linq2db, fluentMigrator, abstractions]);
        var web = Project("Nop.Web", "nopCommerce:", nopCommerceRoot, ["src/Presentation/Nop.Web"], net9, references, [core, data, services, framework, linq2db, fluentMigrator, abstractions]);

        return new RealSources([core, data, services, framework, web, linq2db, fluentMigrator, abstractions]);
    }

    private static CSharpCompilation Project(string assemblyName, string prefix, string root, string[] folders, string[] symbols,
        IReadOnlyList<MetadataReference> references, CSharpCompilation[] projectReferences)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols);
        var files = folders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/") && !path.Contains("/bin/"))
            .Order(StringComparer.Ordinal);
        var trees = files
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, path)), options, prefix + path));
        if (prefix == "nopCommerce:")
            trees = trees.Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, prefix + "(implicit usings)"));

        return CSharpCompilation.Create(assemblyName, trees,
            references.Concat(projectReferences.Select(p => p.ToMetadataReference())),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
    }

    /// <summary>The SDK's implicit usings, which nopCommerce's projects enable (src/Directory.Build.props).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;
}
