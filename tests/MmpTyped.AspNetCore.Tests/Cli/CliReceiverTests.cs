using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.AspNetCore.Tests.Infrastructure;
using MmpTyped.Sandbox.Push;

namespace MmpTyped.AspNetCore.Tests.Cli;

/// <summary>
/// <c>mmptyped sandbox push</c> (AppsFlyer's sender) into a receiver, and <c>mmptyped inbox list</c> reading
/// back what was stored, all as real processes; and <c>mmptyped receive</c> as the receiver.
/// </summary>
public sealed class CliReceiverTests
{
    public static TheoryData<string, string> StoresAndMethods => new()
    {
        { TestStore.Sqlite, "POST" }, { TestStore.Sqlite, "GET" }, { TestStore.PostgreSql, "POST" }, { TestStore.PostgreSql, "GET" },
    };

    [SkippableTheory]
    [MemberData(nameof(StoresAndMethods))]
    public async Task Every_example_pushed_by_the_sandbox_is_listed_by_inbox_list_as_it_was_sent(string kind, string method)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        var sent = new List<PushApiMessage>();
        foreach (var version in new[] { PushExamples.V1, PushExamples.V2 })
        {
            var push = await Mmptyped.RunAsync(["sandbox", "push", "--to", host.Url.ToString(), "--method", method,
                "--token-header", ReceiverHost.TokenHeader, "--token", ReceiverHost.Token, .. PushExamples.Files(version)]);
            Assert.True(push.ExitCode == 0, push.Stdout + push.Stderr);
            sent.AddRange(PushExamples.Load(version));
        }

        var list = await Mmptyped.RunAsync(["inbox", "list", "--store", store.Store]);
        Assert.True(list.ExitCode == 0, list.Stderr);
        var lines = list.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(sent.Count, lines.Length);
        foreach (var (message, line) in sent.Zip(lines))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            Assert.Equal(method, root.GetProperty("method").GetString());
            Assert.Equal("pending", root.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("parseError").ValueKind);
            Assert.StartsWith("appsflyer.push.v", root.GetProperty("version").GetString(), StringComparison.Ordinal);
            Assert.True(root.GetProperty("id").GetInt64() > 0);
            Assert.True(root.TryGetProperty("receivedAt", out _));
            var listed = System.Text.Json.Nodes.JsonNode.Parse(root.GetProperty("message").GetRawText());
            var expected = method == "POST"
                ? System.Text.Json.Nodes.JsonNode.Parse(message.Json)
                : new System.Text.Json.Nodes.JsonObject(PushApiSender.QueryValues(message.Json)
                    .Select(pair => KeyValuePair.Create(pair.Key, (System.Text.Json.Nodes.JsonNode?)pair.Value)));
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, listed), $"{message.Source}: listed {listed}");
        }
    }

    [SkippableFact]
    public async Task A_quarantined_message_is_listed_with_its_raw_text_and_parse_error()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        await using (var host = await ReceiverHost.StartAsync(store))
        {
            using var client = new System.Net.Http.HttpClient();
            using var request = host.Request(System.Net.Http.HttpMethod.Post);
            request.Content = new System.Net.Http.StringContent("not json", System.Text.Encoding.UTF8, "application/json");
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        var list = await Mmptyped.RunAsync(["inbox", "list", "--store", store.Store]);
        using var row = JsonDocument.Parse(list.Stdout);
        Assert.Equal("quarantined", row.RootElement.GetProperty("state").GetString());
        Assert.Equal("not json", row.RootElement.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(row.RootElement.GetProperty("parseError").GetString()));

        var stats = await Mmptyped.RunAsync(["inbox", "stats", "--store", store.Store]);
        Assert.Contains("\"quarantined\":1", stats.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Receive_prints_its_address_first_stores_what_it_answers_and_never_logs_the_token()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        var (process, address) = await Mmptyped.StartAsync(["receive", "--urls", "http://127.0.0.1:0", "--store", store.Store, "--path", "/push"],
            new Dictionary<string, string> { ["MmpTyped__PushApi__TokenHeader"] = "Authorization", ["MmpTyped__PushApi__Token"] = ReceiverHost.Token });
        using (process)
        {
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            using var client = new System.Net.Http.HttpClient();
            var sender = new PushApiSender(client);
            var message = PushExamples.Load(PushExamples.V2)[0];
            var url = new Uri(address + "/push");
            Assert.Equal(200, (await sender.SendAsync(url, System.Net.Http.HttpMethod.Post, message, "Authorization", ReceiverHost.Token)).Status);
            Assert.Equal(401, (await sender.SendAsync(url, System.Net.Http.HttpMethod.Post, message, "Authorization", "nope")).Status);
            process.Kill();
            await process.WaitForExitAsync();
        }
        await using var reader = store.Open();
        Assert.Single(await reader.Inbox.ListAsync(0, 10));
    }

    [SkippableFact]
    public async Task Receive_takes_a_GET_message_far_over_Kestrels_default_request_line_and_refuses_one_over_its_limits()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        var longValue = new string('x', 20_000);
        var (process, address) = await Mmptyped.StartAsync(["receive", "--urls", "http://127.0.0.1:0", "--store", store.Store],
            new Dictionary<string, string> { ["MmpTyped__PushApi__TokenHeader"] = "Authorization", ["MmpTyped__PushApi__Token"] = ReceiverHost.Token });
        using (process)
        {
            using var client = new System.Net.Http.HttpClient();
            var sender = new PushApiSender(client);
            var url = new Uri(address + "/appsflyer/push");
            // About 20 KB in the query string: Kestrel's default request line (8 KB) would refuse it with 414.
            var message = new PushApiMessage("long", PushExamples.V2With(("customer_user_id", longValue)));
            Assert.True(PushApiSender.WithQuery(url, message.Json).PathAndQuery.Length > 20_000);
            Assert.Equal(200, (await sender.SendAsync(url, System.Net.Http.HttpMethod.Get, message, "Authorization", ReceiverHost.Token)).Status);

            // Just over the receiver's 64 KB: the receiver answers 413 itself. Far over: Kestrel refuses the request line.
            var justOver = new PushApiMessage("just over", PushExamples.V2With(("customer_user_id", new string('y', 66_000))));
            Assert.Equal(413, (await sender.SendAsync(url, System.Net.Http.HttpMethod.Get, justOver, "Authorization", ReceiverHost.Token)).Status);
            var farOver = new PushApiMessage("far over", PushExamples.V2With(("customer_user_id", new string('z', 200_000))));
            var refused = (await sender.SendAsync(url, System.Net.Http.HttpMethod.Get, farOver, "Authorization", ReceiverHost.Token)).Status;
            Assert.True(refused is 414 or 431, $"a GET far over the limits was answered {refused}");
            process.Kill();
            await process.WaitForExitAsync();
        }
        await using var reader = store.Open();
        var row = Assert.Single(await reader.Inbox.ListAsync(0, 10));
        Assert.Equal(("GET", PushExamples.V2, (string?)null), (row.Method, row.Version, row.ParseError));
        Assert.Contains(longValue, System.Text.Encoding.UTF8.GetString(row.Body.Span), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Receive_without_a_token_setting_exits_2_naming_it()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        var run = await Mmptyped.RunAsync(["receive", "--urls", "http://127.0.0.1:0", "--store", store.Store]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MmpTyped:PushApi:Token is missing", run.Stderr, StringComparison.Ordinal);
    }
}
