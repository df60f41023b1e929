using MerchantOps.HostApi;
using Microsoft.CodeAnalysis;

const string Usage = """
    Usage: dotnet run --project tools/HostApiCheck -- --nopcommerce <dir> --linq2db <dir> --fluentmigrator <dir>
                      [--items <file>] [--write] [--references <file>]

      --nopcommerce     a nopCommerce 4.90.3 tree (commit 0c044d8), the folder holding src/
      --linq2db         a linq2db tree at tag v5.4.1, the folder holding Source/
      --fluentmigrator  a FluentMigrator tree at tag v7.1.0, the folder holding src/
      --items           the items to check: by default the list itself; after a plugin change, the
                        host-api-used.actual.txt the release tests wrote next to their assembly
      --write           when every item holds, write them with their source files as the list
      --references      reference assemblies to compile with: by default the compile-references.txt the
                        release tests' build wrote (build them first)

    Then compiles the plugin's source against the real sources and reports its errors.
    """;

var options = new Dictionary<string, string>();
var write = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--write")
        write = true;
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
        options[args[i][2..]] = Path.GetFullPath(args[++i]);
    else
        return Fail(Usage);
}
if (!options.ContainsKey("nopcommerce") || !options.ContainsKey("linq2db") || !options.ContainsKey("fluentmigrator"))
    return Fail(Usage);

var repository = FindRepositoryRoot();
var releaseTests = Path.Combine(repository, "tests", "Nop.Plugin.Misc.MerchantOps.ReleaseTests");
var listPath = Path.Combine(releaseTests, "HostApi", HostApiList.FileName);
var referencesPath = options.GetValueOrDefault("references") ?? Path.Combine(releaseTests, "bin", "Debug", "net9.0", "compile-references.txt");
if (!File.Exists(referencesPath))
    return Fail($"{referencesPath} is missing: build tests/Nop.Plugin.Misc.MerchantOps.ReleaseTests first.");

// The stand-in's assemblies (and the packages it has at other versions) give way to the real sources.
var references = File.ReadAllLines(referencesPath)
    .Where(path => !Path.GetFileName(path).StartsWith("Nop.", StringComparison.Ordinal)
                   && !Path.GetFileName(path).StartsWith("linq2db", StringComparison.Ordinal)
                   && !Path.GetFileName(path).StartsWith("FluentMigrator", StringComparison.Ordinal)
                   && Path.GetFileName(path) != "ReleaseZip.dll")
    .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .ToList();

var items = HostApiList.Read(options.GetValueOrDefault("items") ?? listPath);
Console.WriteLine($"Compiling the real sources, then checking {items.Count} items...");
var sources = RealSources.Compile(options["nopcommerce"], options["linq2db"], options["fluentmigrator"], references);
var results = new RealSourceCheck(sources).Check(items);

foreach (var failure in results.Where(r => !r.Holds))
    Console.WriteLine($"DIFFERS  {failure.Item.Kind}\t{failure.Item.Member}\t{failure.Item.Value}\n         {failure.Problem}");
foreach (var moved in results.Where(r => r.Holds && r.Item.Source.Length > 0 && items.Any(i => i.Key == r.Item.Key && i.Source.Length > 0 && i.Source != r.Item.Source)))
    Console.WriteLine($"SOURCE   {moved.Item.Kind}\t{moved.Item.Member}: the list says {items.First(i => i.Key == moved.Item.Key).Source}, found in {moved.Item.Source}");

var holding = results.Count(r => r.Holds);
Console.WriteLine($"{holding} of {results.Count} items hold in the real sources.");
foreach (var tree in HostApiSources.Trees)
    Console.WriteLine($"  {results.Count(r => r.Holds && r.Item.Source.StartsWith(tree.Key, StringComparison.Ordinal))} in {tree.Value}");

// The plugin must also compile unchanged inside a real tree: its source against the real sources.
var plugin = PluginSource.Compile(Path.Combine(repository, "Plugin"), references.Concat(sources.Compilations.Select(c => c.ToMetadataReference())));
var errors = PluginSource.Errors(plugin).ToList();
foreach (var error in errors)
    Console.WriteLine($"ERROR    {error}");
Console.WriteLine($"The plugin's source compiles against the real sources with {errors.Count} errors.");
if (holding != results.Count || errors.Count > 0)
    return 1;

if (write)
{
    File.WriteAllLines(listPath, HostApiList.Header.Concat(HostApiList.Sorted(results.Select(r => r.Item)).Select(i => i.ToString())));
    Console.WriteLine($"Wrote {listPath}.");
}
return 0;

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        if (File.Exists(Path.Combine(directory.FullName, "Nop.Plugin.Misc.MerchantOps.sln")))
            return directory.FullName;
    throw new InvalidOperationException("The repository root (Nop.Plugin.Misc.MerchantOps.sln) was not found above " + AppContext.BaseDirectory);
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 1;
}
