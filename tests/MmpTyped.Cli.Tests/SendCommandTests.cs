using System;
using System.Linq;
using System.Threading.Tasks;
using MmpTyped.Sandbox;

namespace MmpTyped.Cli.Tests;

/// <summary><c>mmptyped send</c> as a process, against the vendor sandbox: its line and its exit code per outcome.</summary>
public sealed class SendCommandTests : IAsyncLifetime
{
    private const string Token = "cli-airbridge-token-3e1f";
    private const string AirbridgeEvent =
        """{"user":{"externalUserID":"19443"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""";

    private MmpSandbox _sandbox = null!;
    private TempFile _config = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await MmpSandbox.StartAsync(new MmpSandboxOptions { AppsFlyerS2SKey = "af", AirbridgeApiToken = Token, AffiseApiKey = "affise" });
        _config = new TempFile($$"""
            { "MmpTyped": {
                "Airbridge": { "ApiToken": "{{Token}}", "BaseUrl": "{{_sandbox.BaseAddress}}" },
                "Delivery": { "MaxAttempts": 2, "BaseDelay": "00:00:00.001", "MaxDelay": "00:00:00.010" } } }
            """);
    }

    public async Task DisposeAsync()
    {
        _config.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_event_is_delivered_with_exit_0()
    {
        var run = await SendAsync(AirbridgeEvent);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Delivered airbridge\.app attempts=1 status=200\r?\n$", run.Stdout);
        Assert.Equal(SandboxOutcomes.Recorded, Assert.Single(_sandbox.Events).Outcome);
    }

    [Fact]
    public async Task An_event_the_vendor_would_drop_is_refused_with_its_errors_and_exit_1()
    {
        var run = await SendAsync("""{"app":{"packageName":"p"},"eventData":{"goal":{"category":"c"}}}""");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Refused airbridge.app attempts=0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  MMP001 ", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(_sandbox.Events);
    }

    [Fact]
    public async Task Giving_up_on_server_errors_exits_3()
    {
        _sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 5 });

        var run = await SendAsync(AirbridgeEvent);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("Transient airbridge.app attempts=2 status=503", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_without_its_key_exits_2_naming_the_setting()
    {
        var run = await CliProcess.RunAsync(["send", "--schema", "affise.s2s", "--config", _config.Path, "-"],
            System.Text.Encoding.UTF8.GetBytes("""{"affise_device_id":"d","event":{"affise_event_name":"Purchase"}}"""));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MmpTyped:Affise:ApiKey is not set", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Stderr + run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_configuration_at_all_exits_2_naming_the_settings()
    {
        var run = await CliProcess.RunAsync(["send", "--schema", "airbridge.app", "--app-name", "shop", "-"], System.Text.Encoding.UTF8.GetBytes(AirbridgeEvent));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No vendor is configured: set MmpTyped:AppsFlyer:S2SKey", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--app-id", "a", "--app-name", "b")]
    [InlineData("--app-name")]
    public async Task Bad_options_are_usage_errors(params string[] options)
    {
        var run = await CliProcess.RunAsync(["send", "--schema", "airbridge.app", .. options, "-"], System.Text.Encoding.UTF8.GetBytes(AirbridgeEvent));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("mmptyped: send: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_sandbox.Events);
    }

    private Task<CliResult> SendAsync(string json) =>
        CliProcess.RunAsync(["send", "--schema", "airbridge.app", "--app-name", "exampleshop", "--config", _config.Path, "-"], System.Text.Encoding.UTF8.GetBytes(json));
}
