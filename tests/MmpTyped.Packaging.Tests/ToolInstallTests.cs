using System;
using System.Diagnostics;
using System.IO;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;
using Xunit.Abstractions;

namespace MmpTyped.Packaging.Tests;

/// <summary>
/// The CLI as a user installs it: <c>dotnet tool install</c> of MmpTyped.Cli from the local feed alone (the
/// folder's nuget.config clears every other source), then the installed <c>mmptyped</c> command.
/// </summary>
[Collection(PackedRepositoryCollection.Name)]
public sealed class ToolInstallTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly PackedRepository _packed;
    private readonly ITestOutputHelper _log;

    public ToolInstallTests(PackedRepository packed, ITestOutputHelper log)
    {
        _packed = packed;
        _log = log;
        log.WriteLine(packed.PackLog);
        Assert.True(packed.PackExitCode == 0, packed.PackLog);
    }

    [Fact]
    [Trait("Category", "Packaging")]
    public void The_installed_mmptyped_validates_a_documented_payload_and_rejects_a_wrong_one()
    {
        var (folder, environment) = _packed.NewUserFolder("tool");
        var tools = Path.Combine(folder, "tools");
        var clock = Stopwatch.StartNew();
        var install = DotnetCli.RunProgram(DotnetCli.Executable, folder, Timeout, environment,
            "tool", "install", "--tool-path", tools, "--add-source", _packed.Feed, "MmpTyped.Cli", "--version", _packed.Version);
        _log.WriteLine($"dotnet tool install: {clock.Elapsed.TotalSeconds:F1} s, exit code {install.ExitCode}\n{install.Output}");
        Assert.True(install.ExitCode == 0, install.Output);
        var mmptyped = Path.Combine(tools, OperatingSystem.IsWindows() ? "mmptyped.exe" : "mmptyped");

        var example = Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples", "airbridge.app", "request-payload.json");
        var valid = DotnetCli.RunProgram(mmptyped, folder, Timeout, environment, "validate", "--schema", "airbridge.app", example);
        Assert.Equal((0, "OK\n"), (valid.ExitCode, valid.Output.ReplaceLineEndings("\n")));

        var wrong = Path.Combine(folder, "no-identifier.json");
        File.WriteAllText(wrong, """{"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""");
        var invalid = DotnetCli.RunProgram(mmptyped, folder, Timeout, environment, "validate", "--schema", "airbridge.app", wrong);
        Assert.Equal((1, "MMP001 $ Set at least one of: user.externalUserID, or device.deviceUUID (rule 'identifier').\n"),
            (invalid.ExitCode, invalid.Output.ReplaceLineEndings("\n")));
    }
}
