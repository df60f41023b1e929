using System.Diagnostics;
using MerchantOps.ReleaseZip;

const string Usage = """
    Usage: dotnet run --project tools/ReleaseZip [-- [--folder <plugin folder>] [--output <zip>]]

      (no --folder)  builds the plugin in Release against the stand-in (tests/NopStandIn/src), then packs
                     tests/NopStandIn/src/Presentation/Nop.Web/Plugins/Misc.MerchantOps
      --folder       packs a plugin folder built elsewhere, e.g. in a real nopCommerce tree
                     (nopCommerce/src/Presentation/Nop.Web/Plugins/Misc.MerchantOps), with or without its .deps.json
      --output       where to write the zip; Misc.MerchantOps.zip in the repository root by default
    """;

string? folder = null, output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--folder" when i + 1 < args.Length: folder = Path.GetFullPath(args[++i]); break;
        case "--output" when i + 1 < args.Length: output = Path.GetFullPath(args[++i]); break;
        default: return Fail(Usage);
    }
}

var repository = FindRepositoryRoot();
output ??= Path.Combine(repository, ReleasePackage.ZipName);

if (folder is null)
{
    var standIn = Path.Combine(repository, "tests", "NopStandIn", "src") + Path.DirectorySeparatorChar;
    folder = Path.Combine(standIn, "Presentation", "Nop.Web", "Plugins", PluginFolder.SystemName);
    // A fresh folder: files left by an earlier build (a view deleted since) must not reach the zip.
    if (Directory.Exists(folder))
        Directory.Delete(folder, recursive: true);
    var built = Build(Path.Combine(repository, "Plugin", "Nop.Plugin.Misc.MerchantOps.csproj"), standIn);
    if (built != 0)
        return Fail("The Release build failed.");
}
else if (!File.Exists(Path.Combine(folder, "plugin.json")))
    return Fail($"{folder} has no plugin.json: build the plugin first.");

var content = PluginFolder.Compare(folder, repository);
if (!content.Matches)
    return Fail(content.ToString());

var plugin = AssemblyFacts.Read(Path.Combine(folder, PluginFolder.AssemblyFile));
if (plugin.Configuration != "Release")
    return Fail($"{PluginFolder.AssemblyFile} is a {plugin.Configuration} build: build the plugin with -c Release.");

var assemblyProblems = AssemblyCheck.Check(folder, content.Files, HostAssemblies.NopCommerce490);
if (assemblyProblems.Count > 0)
    return Fail("The plugin would not load in nopCommerce 4.90.3:\n  " + string.Join("\n  ", assemblyProblems));

ReleasePackage.Write(folder, content.Files, output);
var uploadProblems = ReleasePackage.UploadProblems(output);
if (uploadProblems.Count > 0)
    return Fail("nopCommerce's upload would refuse the zip:\n  " + string.Join("\n  ", uploadProblems));

Console.WriteLine($"{output}: {content.Files.Count} files under {PluginFolder.SystemName}/, {new FileInfo(output).Length / 1024} KiB");
Console.WriteLine($"{PluginFolder.AssemblyFile} {plugin.Version}, {plugin.TargetFramework}, {plugin.Configuration}");
return 0;

static int Build(string project, string nopSrc)
{
    // The dotnet on the PATH, which ran `dotnet run` for this tool; no build server left running afterwards.
    var start = new ProcessStartInfo("dotnet")
    {
        ArgumentList = { "build", project, "-c", "Release", $"-p:NopSrc={nopSrc}", "--disable-build-servers", "-nologo" },
    };
    Console.WriteLine($"dotnet {string.Join(' ', start.ArgumentList)}");
    using var process = Process.Start(start)!;
    process.WaitForExit();
    return process.ExitCode;
}

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
