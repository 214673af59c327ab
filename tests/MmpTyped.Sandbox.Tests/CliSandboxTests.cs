using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.Cli.Tests;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary><c>mmptyped sandbox</c> as a real process: address first, keys from --config and the environment, stops on Ctrl+C.</summary>
public sealed class CliSandboxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mmptyped-sandbox-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task It_prints_its_address_first_serves_the_vendors_and_stops_on_Ctrl_C()
    {
        var config = WriteConfig(Keys.AppsFlyer, Keys.Airbridge, Keys.Affise);
        await using var process = SandboxProcess.Start(["sandbox", "--urls", "http://127.0.0.1:0", "--config", config]);

        var address = await process.FirstLineAsync();
        Assert.NotNull(address);
        Assert.Matches(@"^http://127\.0\.0\.1:[0-9]+$", address);
        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };
        using var bareIos = await client.AppsFlyerAsync("123456789", Payloads.AppsFlyer);
        var events = JsonDocument.Parse(await client.GetStringAsync(new Uri("_sandbox/events", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.OK, bareIos.StatusCode);
        var entry = Assert.Single(events.EnumerateArray());
        Assert.Equal("dropped", entry.GetProperty("outcome").GetString());
        Assert.StartsWith("MMP008", entry.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await process.InterruptAsync());
        Assert.DoesNotContain(Keys.AppsFlyer, process.Stderr, StringComparison.Ordinal);
        Assert.Contains("appsflyer.s2s dropped 200 MMP008", process.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variables_override_the_config_file()
    {
        var config = WriteConfig("file-key", Keys.Airbridge, Keys.Affise);
        await using var process = SandboxProcess.Start(["sandbox", "--urls", "http://127.0.0.1:0", "--config", config],
            new Dictionary<string, string> { ["MmpTyped__AppsFlyer__S2SKey"] = Keys.AppsFlyer });

        var address = await process.FirstLineAsync();
        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };
        using var withEnvKey = await client.AppsFlyerAsync("id1", Payloads.AppsFlyer, Keys.AppsFlyer);
        using var withFileKey = await client.AppsFlyerAsync("id1", Payloads.AppsFlyer, "file-key");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (withEnvKey.StatusCode, withFileKey.StatusCode));
        Assert.Equal(0, await process.InterruptAsync());
    }

    [Fact]
    public async Task Keys_from_environment_variables_alone_are_enough()
    {
        await using var process = SandboxProcess.Start(["sandbox", "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
        {
            ["MmpTyped__AppsFlyer__S2SKey"] = Keys.AppsFlyer,
            ["MmpTyped__Airbridge__ApiToken"] = Keys.Airbridge,
            ["MmpTyped__Affise__ApiKey"] = Keys.Affise,
        });

        var address = await process.FirstLineAsync();
        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };
        using var response = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await process.InterruptAsync());
    }

    [Fact]
    public async Task A_missing_key_exits_2_naming_the_setting()
    {
        var config = WriteConfig(Keys.AppsFlyer, null, Keys.Affise);

        var result = await CliProcess.RunAsync(["sandbox", "--urls", "http://127.0.0.1:0", "--config", config]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal("mmptyped: sandbox: MmpTyped:Airbridge:ApiToken is not set: the Airbridge API token the sandbox expects as 'Authorization: Bearer'.", Assert.Single(result.StderrLines));
    }

    [Theory]
    [InlineData(new[] { "sandbox", "--port", "1" }, "mmptyped: sandbox: unknown argument '--port'.")]
    [InlineData(new[] { "sandbox", "--urls" }, "mmptyped: sandbox: missing the value after --urls.")]
    [InlineData(new[] { "sandbox", "--config", "/nonexistent/sandbox.json" }, "mmptyped: sandbox: cannot read the configuration '/nonexistent/sandbox.json'")]
    public async Task Bad_usage_exits_2_with_one_line(string[] args, string expected)
    {
        var result = await CliProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_file_that_is_not_JSON_exits_2_naming_it()
    {
        var config = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(config, "{ not json");

        var result = await CliProcess.RunAsync(["sandbox", "--config", config]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"mmptyped: sandbox: cannot read the configuration '{config}'", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private string WriteConfig(string? appsFlyer, string? airbridge, string? affise)
    {
        var path = Path.Combine(_folder, "sandbox.json");
        var settings = new Dictionary<string, object?>
        {
            ["AppsFlyer"] = new Dictionary<string, string?> { ["S2SKey"] = appsFlyer },
            ["Airbridge"] = new Dictionary<string, string?> { ["ApiToken"] = airbridge },
            ["Affise"] = new Dictionary<string, string?> { ["ApiKey"] = affise },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["MmpTyped"] = settings }));
        return path;
    }
}
