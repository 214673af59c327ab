using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.AspNetCore.Tests.Infrastructure;
using MmpTyped.Outbox;
using MmpTyped.Sandbox.Push;

namespace MmpTyped.AspNetCore.Tests.Receiving;

/// <summary>The endpoint over real HTTP on both stores: what is stored, what is answered, what is refused.</summary>
public sealed class EndpointTests
{
    public static TheoryData<string, string, string> StoresVersionsMethods
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var store in new[] { TestStore.Sqlite, TestStore.PostgreSql })
                foreach (var version in new[] { PushExamples.V1, PushExamples.V2 })
                    foreach (var method in new[] { "POST", "GET" })
                        data.Add(store, version, method);
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StoresVersionsMethods))]
    public async Task Every_example_sent_with_HttpClient_is_stored_and_reads_back_as_sent(string kind, string version, string method)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient();
        var sender = new PushApiSender(client);
        var examples = PushExamples.Load(version);
        foreach (var example in examples)
        {
            var result = await sender.SendAsync(host.Url, new HttpMethod(method), example, ReceiverHost.TokenHeader, ReceiverHost.Token);
            Assert.True(result.Status == 200, $"{example.Source}: {result.Status} {result.Error}");
        }

        var rows = await host.RowsAsync();
        Assert.Equal(examples.Count, rows.Count);
        foreach (var (example, row) in examples.Zip(rows))
        {
            Assert.Equal(method, row.Method);
            Assert.Equal(version, row.Version);
            Assert.Equal(InboxState.Pending, row.State);
            Assert.Null(row.ParseError);
            AssertReadsBackAsSent(example.Json, method, row);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Wrong_or_missing_token_gets_401_and_nothing_is_stored(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient();
        foreach (var token in new[] { "wrong", ReceiverHost.Token + "x", ReceiverHost.Token[..^1], "", null })
        {
            using var request = host.Request(HttpMethod.Post, token);
            request.Content = new StringContent(PushExamples.V2Message, Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using var get = host.Request(HttpMethod.Get, "wrong", PushApiSender.WithQuery(host.Url, PushExamples.V2Message));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(get)).StatusCode);
        Assert.Empty(await host.RowsAsync());
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(ReceiverHost.Token, StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, line => line.Contains("[1503]", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task A_message_over_the_limit_gets_413_and_nothing_is_stored(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store, options => options.MaxMessageBytes = 4096);
        using var client = new HttpClient();
        var big = PushExamples.V2With(("customer_user_id", new string('x', 5000)));

        using var post = host.Request(HttpMethod.Post);
        post.Content = new StringContent(big, Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(post)).StatusCode);

        // No Content-Length: the body is read up to the limit and no further.
        using var chunked = host.Request(HttpMethod.Post);
        chunked.Content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(chunked)).StatusCode);

        using var get = host.Request(HttpMethod.Get, url: PushApiSender.WithQuery(host.Url, big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(get)).StatusCode);

        Assert.Empty(await host.RowsAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Unparseable_messages_are_stored_quarantined_and_answered_200_and_a_wrongly_typed_member_is_kept_for_the_handler(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient();
        using var notJson = host.Request(HttpMethod.Post);
        notJson.Content = new StringContent("{\"app_id\": \"id1\", oops", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(notJson)).StatusCode);
        using var wrongType = host.Request(HttpMethod.Post);
        wrongType.Content = new StringContent("{\"api_version\":\"2.0\",\"is_retargeting\":{\"a\":1}}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(wrongType)).StatusCode);

        // The vendor document's own V1.0 example with a broken escape: kept as sent, quarantined.
        var broken = System.IO.File.ReadAllText(PushExamples.Files(PushExamples.V1, accepted: false).Single());
        using var documented = host.Request(HttpMethod.Post);
        documented.Content = new StringContent(broken, Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(documented)).StatusCode);

        var rows = await host.RowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Equal(broken, Encoding.UTF8.GetString(rows[2].Body.Span));
        Assert.All([rows[0], rows[2]], row => Assert.Equal(InboxState.Quarantined, row.State));
        Assert.All([rows[0], rows[2]], row => Assert.False(string.IsNullOrWhiteSpace(row.ParseError)));
        // A member of the wrong JSON kind is no parse error: the record keeps it as it came (Validate()
        // reports it as MMP004), so the message is stored for the handler, exactly as sent.
        Assert.Equal(InboxState.Pending, rows[1].State);
        Assert.True(string.IsNullOrEmpty(rows[1].ParseError));
        Assert.Equal("{\"api_version\":\"2.0\",\"is_retargeting\":{\"a\":1}}", Encoding.UTF8.GetString(rows[1].Body.Span));
        Assert.Equal("{\"app_id\": \"id1\", oops", Encoding.UTF8.GetString(rows[0].Body.Span));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task The_same_message_twice_is_answered_200_twice_and_stored_once(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient();
        var sender = new PushApiSender(client);
        var message = PushExamples.Load(PushExamples.V2)[0];
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Post, HttpMethod.Get, HttpMethod.Get })
            Assert.Equal(200, (await sender.SendAsync(host.Url, method, message, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);

        var rows = await host.RowsAsync();
        Assert.Equal(["POST", "GET"], rows.Select(row => row.Method));
    }

    [SkippableFact]
    public async Task A_store_that_fails_gets_503_and_nothing_is_claimed()
    {
        await using var store = TestStore.Create(TestStore.PostgreSql);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient();
        var sender = new PushApiSender(client);
        var message = PushExamples.Load(PushExamples.V2)[0];
        Assert.Equal(200, (await sender.SendAsync(host.Url, HttpMethod.Post, message, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);

        store.DropDatabase();
        var other = new PushApiMessage("changed", PushExamples.V2With(("customer_user_id", "after-the-drop")));
        Assert.Equal(503, (await sender.SendAsync(host.Url, HttpMethod.Post, other, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);
        Assert.Equal(503, (await sender.SendAsync(host.Url, HttpMethod.Get, other, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[1506]", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_locked_SQLite_store_gets_503_once_its_busy_timeout_runs_out()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        await using var host = await ReceiverHost.StartAsync(store);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(90) };
        var sender = new PushApiSender(client);
        var message = PushExamples.Load(PushExamples.V2)[0];
        Assert.Equal(200, (await sender.SendAsync(host.Url, HttpMethod.Post, message, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);

        // Another process's write transaction holds the file: the insert waits the store's busy timeout, then fails.
        using (var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Store["sqlite:".Length..]};Pooling=false"))
        {
            blocker.Open();
            using var begin = blocker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
            var other = new PushApiMessage("changed", PushExamples.V2With(("customer_user_id", "while-locked")));
            Assert.Equal(503, (await sender.SendAsync(host.Url, HttpMethod.Post, other, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);
        }
        Assert.Single(await host.RowsAsync());
    }

    [SkippableFact]
    public async Task Sources_outside_the_allow_list_get_403_and_AppsFlyers_ranges_are_a_preset()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        using var client = new HttpClient();
        var message = PushExamples.Load(PushExamples.V2)[0];
        await using (var appsFlyerOnly = await ReceiverHost.StartAsync(store, options =>
        {
            foreach (var range in AppsFlyerSourceRanges.Published)
                options.AllowedSources.Add(range);
        }))
        {
            var result = await new PushApiSender(client).SendAsync(appsFlyerOnly.Url, HttpMethod.Post, message, ReceiverHost.TokenHeader, ReceiverHost.Token);
            Assert.Equal(403, result.Status);
            Assert.Empty(await appsFlyerOnly.RowsAsync());
        }
        await using var loopback = await ReceiverHost.StartAsync(store, options => options.AllowedSources.Add("127.0.0.0/8"));
        Assert.Equal(200, (await new PushApiSender(client).SendAsync(loopback.Url, HttpMethod.Post, message, ReceiverHost.TokenHeader, ReceiverHost.Token)).Status);
        Assert.Equal(["45.92.116.0/22", "194.28.46.0/23"], AppsFlyerSourceRanges.Published);
    }

    [SkippableFact]
    public async Task A_missing_token_setting_stops_the_start_naming_it()
    {
        await using var store = TestStore.Create(TestStore.Sqlite);
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            ReceiverHost.StartAsync(store, settings: new Dictionary<string, string?> { ["MmpTyped:PushApi:TokenHeader"] = "Cookie" }));
        Assert.Contains("MmpTyped:PushApi:Token is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("MmpTyped:PushApi:TokenHeader 'Cookie'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A POST reads back byte for byte; a GET reads back as the query values the sender put in the URL.</summary>
    internal static void AssertReadsBackAsSent(string sentJson, string method, InboxRow row)
    {
        if (method == "POST")
        {
            Assert.Equal(sentJson, Encoding.UTF8.GetString(row.Body.Span));
            return;
        }
        var sent = PushApiSender.QueryValues(sentJson).ToDictionary(pair => pair.Key, pair => pair.Value);
        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(AppsFlyerPushBody.ToJson(row.Method, row.Body.Span))!;
        Assert.Equal(sent.OrderBy(pair => pair.Key), stored.OrderBy(pair => pair.Key));
    }
}
