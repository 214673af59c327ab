using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.Cli.Tests;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary><c>mmptyped sandbox push</c> against a real receiver: each message once, by POST (JSON) or GET (every value a string), never retried.</summary>
public sealed class CliPushTests : IDisposable
{
    private const string TokenHeader = "X-Push-Token";
    private const string Token = "push-token-Hq5";

    private const string Install = """{"api_version":"2.0","appsflyer_id":"1547985076649-5309999","event_name":"install","event_time":"2026-12-06 10:00:00.000","is_retargeting":false,"wifi":true,"app_id":"id123456789","platform":"ios","event_value":"","customer_user_id":null}""";
    private const string Purchase = """{"api_version":"2.0","appsflyer_id":"1547985076649-5309999","event_name":"af_purchase","event_time":"2026-12-06 10:05:00.000","event_revenue":12.5,"app_id":"id123456789","platform":"ios","event_value":"{\"af_revenue\":\"12.5\"}"}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("mmptyped-push-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task POST_sends_each_message_once_as_its_JSON_with_the_token_header()
    {
        await using var receiver = await PushReceiver.StartAsync(TokenHeader);
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "messages")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "1-install.json"), Install);
        await File.WriteAllTextAsync(Path.Combine(folder, "2-purchase.json"), Purchase);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a message");

        var result = await CliProcess.RunAsync(["sandbox", "push", "--to", receiver.Url.ToString(), "--method", "POST", "--token-header", TokenHeader, "--token", Token, folder]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{Path.Combine(folder, "1-install.json")} POST 200 OK", $"{Path.Combine(folder, "2-purchase.json")} POST 200 OK"], result.StdoutLines);
        var received = receiver.Received.ToArray();
        Assert.Equal(2, received.Length);
        Assert.All(received, r => Assert.Equal(("POST", Token, "application/json; charset=utf-8"), (r.Method, r.Token, r.ContentType)));
        Assert.Equal(Install, received[0].Body);
        Assert.Equal(Purchase, received[1].Body);
        Assert.DoesNotContain(Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GET_sends_every_value_as_a_string_in_the_query_and_leaves_nulls_out()
    {
        await using var receiver = await PushReceiver.StartAsync(TokenHeader);
        var file = Path.Combine(_folder, "both.json");
        await File.WriteAllTextAsync(file, $"[{Install},{Purchase}]");

        var result = await CliProcess.RunAsync(["sandbox", "push", "--to", receiver.Url.ToString(), "--method", "GET", "--token-header", TokenHeader, "--token", Token, file]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"{file}#0 GET 200 OK", $"{file}#1 GET 200 OK"], result.StdoutLines);
        var received = receiver.Received.ToArray();
        Assert.All(received, r => Assert.Equal(("GET", Token, ""), (r.Method, r.Token, r.Body)));
        var install = received[0].Query;
        Assert.Equal("false", install["is_retargeting"]);
        Assert.Equal("true", install["wifi"]);
        Assert.Equal("2026-12-06 10:00:00.000", install["event_time"]);
        Assert.False(install.ContainsKey("customer_user_id"));
        Assert.False(install.ContainsKey("event_value"));
        Assert.Equal("12.5", received[1].Query["event_revenue"]);
        Assert.Equal("{\"af_revenue\":\"12.5\"}", received[1].Query["event_value"]);
    }

    [Fact]
    public async Task A_failed_message_is_reported_with_its_status_and_not_retried()
    {
        await using var receiver = await PushReceiver.StartAsync(TokenHeader);
        receiver.AnswerStatus = 503;
        var file = Path.Combine(_folder, "install.json");
        await File.WriteAllTextAsync(file, Install);

        var result = await CliProcess.RunAsync(["sandbox", "push", "--to", receiver.Url.ToString(), file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file} POST 503 Service Unavailable", Assert.Single(result.StdoutLines));
        Assert.Single(receiver.Received);
        Assert.Null(receiver.Received.Single().Token);
    }

    [Fact]
    public async Task A_receiver_that_is_not_there_is_one_failed_line_per_message()
    {
        var file = Path.Combine(_folder, "install.json");
        await File.WriteAllTextAsync(file, Install);
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var result = await CliProcess.RunAsync(["sandbox", "push", "--to", $"http://127.0.0.1:{port}/push", file]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file} POST failed: ", Assert.Single(result.StdoutLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "a Push API message is a JSON object; this is Number")]
    [InlineData("{ nope", "not JSON")]
    public async Task Unreadable_messages_exit_2_and_nothing_is_sent(string content, string problem)
    {
        await using var receiver = await PushReceiver.StartAsync(TokenHeader);
        var good = Path.Combine(_folder, "a-good.json");
        var bad = Path.Combine(_folder, "b-bad.json");
        await File.WriteAllTextAsync(good, Install);
        await File.WriteAllTextAsync(bad, content);

        var result = await CliProcess.RunAsync(["sandbox", "push", "--to", receiver.Url.ToString(), good, bad]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(problem, Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Theory]
    [InlineData(new[] { "sandbox", "push", "x.json" }, "missing --to URL")]
    [InlineData(new[] { "sandbox", "push", "--to", "ftp://h/x", "x.json" }, "--to must be an absolute http(s) URL")]
    [InlineData(new[] { "sandbox", "push", "--to", "http://127.0.0.1:1/", "--method", "PUT", "x.json" }, "--method must be GET or POST")]
    [InlineData(new[] { "sandbox", "push", "--to", "http://127.0.0.1:1/", "--token", "t", "x.json" }, "--token-header and --token go together")]
    [InlineData(new[] { "sandbox", "push", "--to", "http://127.0.0.1:1/" }, "missing the message files or folders")]
    [InlineData(new[] { "sandbox", "push", "--to", "http://127.0.0.1:1/", "/nonexistent/x.json" }, "/nonexistent/x.json: no such file or folder.")]
    public async Task Bad_usage_exits_2_with_one_line(string[] args, string problem)
    {
        var result = await CliProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(problem, Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }
}
