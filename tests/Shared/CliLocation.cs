using System;
using System.IO;

namespace MmpTyped.Testing;

/// <summary>Where the built <c>mmptyped</c> is, for the tests that run it as a real process.</summary>
internal static class CliLocation
{
    /// <summary>The path of the built <c>MmpTyped.Cli.dll</c> that <c>dotnet</c> runs.</summary>
    public static string Dll { get; } = FindDll();

    // The CLI's own build output (bin/<configuration>/<framework> of src/MmpTyped.Cli), run with its own
    // deps.json: a test project that takes Microsoft.Extensions.* from the ASP.NET Core shared framework
    // copies the CLI's deps.json but not the newer package assemblies it names. The copy beside the
    // test is the fallback for an output layout other than the default.
    private static string FindDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var root = configuration.Parent?.Parent?.Parent?.Parent;
        var own = root is null ? null : Path.Combine(root.FullName, "src", "MmpTyped.Cli", "bin", configuration.Name, framework.Name, "MmpTyped.Cli.dll");
        return own is not null && File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "MmpTyped.Cli.dll");
    }
}
