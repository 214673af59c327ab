using System;
using System.IO;
using MmpTyped.Testing;
using Xunit.Abstractions;

namespace MmpTyped.Packaging.Tests;

/// <summary>
/// The CLI as a user installs it: <c>dotnet tool install</c> of MmpTyped.Cli from the local feed alone (the
/// folder's nuget.config clears every other source), then the installed <c>mmptyped</c> command.
/// </summary>
[Collection(PackedRepositoryTests.Name)]
[Trait("Category", "Packaging")]
public sealed class ToolInstallTests(PackedRepository packed, ITestOutputHelper log) : PackagedTest(packed, log)
{
    [Fact]
    public void The_installed_mmptyped_validates_a_documented_payload_and_rejects_a_wrong_one()
    {
        var (folder, environment) = Packed.NewUserFolder("tool");
        var tools = Path.Combine(folder, "tools");
        Dotnet(folder, environment, "tool", "install", "--tool-path", tools, "--add-source", Packed.Feed, "MmpTyped.Cli", "--version", Packed.Version);
        var mmptyped = Path.Combine(tools, OperatingSystem.IsWindows() ? "mmptyped.exe" : "mmptyped");

        var example = Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples", "airbridge.app", "request-payload.json");
        var valid = Run(mmptyped, folder, environment, "validate", "--schema", "airbridge.app", example);
        Assert.Equal((0, "OK\n"), (valid.ExitCode, valid.Output.ReplaceLineEndings("\n")));

        var wrong = Path.Combine(folder, "no-identifier.json");
        File.WriteAllText(wrong, """{"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""");
        var invalid = Run(mmptyped, folder, environment, "validate", "--schema", "airbridge.app", wrong);
        Assert.Equal((1, "MMP001 $ Set at least one of: user.externalUserID, or device.deviceUUID (rule 'identifier').\n"),
            (invalid.ExitCode, invalid.Output.ReplaceLineEndings("\n")));

        // The sandbox ships inside the tool: it starts far enough to check its configuration.
        var keys = new System.Collections.Generic.Dictionary<string, string>(environment)
        {
            ["MmpTyped__Airbridge__ApiToken"] = "ab-token",
            ["MmpTyped__Affise__ApiKey"] = "affise-key",
        };
        var sandbox = Run(mmptyped, folder, keys, "sandbox", "--urls", "http://127.0.0.1:0");
        Assert.Equal((2, "mmptyped: sandbox: MmpTyped:AppsFlyer:S2SKey is not set: the AppsFlyer S2S key the sandbox expects in the 'authentication' header.\n"),
            (sandbox.ExitCode, sandbox.Output.ReplaceLineEndings("\n")));
    }
}
