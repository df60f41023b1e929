using System.Diagnostics;
using System.Globalization;
using Nop.Plugin.Misc.MerchantOps.Benchmarks.Infrastructure;

namespace Nop.Plugin.Misc.MerchantOps.Benchmarks.Seeding;

/// <summary>
/// Runs the team's shared generator, <c>shared/tools/nopdata/nopdata.sh</c> (beside the repository; or the path in
/// NOPDATA_SH), against the bench database with psql, and passes its progress lines on.
/// </summary>
public static class NopDataScript
{
    public const string PathVariable = "NOPDATA_SH";

    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"{PathVariable}={configured}: no such file.");

        var repository = RepositoryPaths.Root;
        var beside = Path.GetFullPath(Path.Combine(repository, "..", "shared", "tools", "nopdata", "nopdata.sh"));
        if (File.Exists(beside))
            return beside;

        throw new InvalidOperationException($"nopdata.sh not found at {beside}; set {PathVariable} to its path.");
    }

    public static async Task RunAsync(BenchDatabase database, SeedOptions options, Action<string> output)
    {
        var script = Locate();
        var settings = database.Settings;
        var start = new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password ?? string.Empty;
        start.Environment["PGDATABASE"] = database.DatabaseName;
        start.Environment["ORDERS"] = options.Orders.ToString(CultureInfo.InvariantCulture);
        start.Environment["CUSTOMERS"] = options.Customers.ToString(CultureInfo.InvariantCulture);
        start.Environment["READY_TO_PACK"] = options.ReadyToPack.ToString(CultureInfo.InvariantCulture);
        start.Environment["BATCH"] = options.Batch.ToString(CultureInfo.InvariantCulture);
        // smaller stores keep the same shape: carts and billing addresses scale with the orders
        start.Environment["CART_CUSTOMERS"] = Math.Max(100, Math.Min(20_000, options.Customers / 250)).ToString(CultureInfo.InvariantCulture);
        start.Environment["ADDRESS_POOL"] = Math.Max(100, Math.Min(20_000, options.Orders / 50)).ToString(CultureInfo.InvariantCulture);

        output($"{script} ({options.Describe()})");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        process.OutputDataReceived += (_, line) => { if (line.Data != null) output(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data != null) output(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"nopdata.sh exited with code {process.ExitCode}.");
    }
}

/// <summary>Where the repository is, found from the program's folder (the folder holding Nop.Plugin.Misc.MerchantOps.sln).</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Nop.Plugin.Misc.MerchantOps.sln")))
                    return folder.FullName;

            for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder != null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Nop.Plugin.Misc.MerchantOps.sln")))
                    return folder.FullName;

            throw new InvalidOperationException("The repository root (Nop.Plugin.Misc.MerchantOps.sln) was not found.");
        }
    }
}
