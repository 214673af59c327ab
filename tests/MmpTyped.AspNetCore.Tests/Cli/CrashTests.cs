using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MmpTyped.AspNetCore.Tests.Cli;

/// <summary>
/// <c>mmptyped receive</c> killed with SIGKILL in the middle of a 5,000-message replay: every message that was
/// answered 200 must be in the inbox afterwards (a 200 is a promise that the message is committed).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Messages = 5_000;
    private const int KillAfterAcknowledged = 1_500;
    private const int Senders = 8;

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Every_message_answered_200_before_a_SIGKILL_is_in_the_inbox(string kind)
    {
        await using var store = TestStore.Create(kind);
        var (receiver, address) = await Mmptyped.StartAsync(["receive", "--urls", "http://127.0.0.1:0", "--store", store.Store],
            new Dictionary<string, string> { ["MmpTyped__PushApi__TokenHeader"] = "Authorization", ["MmpTyped__PushApi__Token"] = ReceiverHost.Token });
        var url = new Uri(address + "/appsflyer/push");
        var template = PushExamples.V2Message;
        var acknowledged = new ConcurrentBag<string>();
        var refused = 0;
        var next = -1;
        var killed = 0;
        using (receiver)
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            async Task SendAsync()
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < Messages)
                {
                    var id = $"crash-{i:D5}";
                    using var request = new HttpRequestMessage(HttpMethod.Post, url)
                    {
                        Content = new StringContent(template.Replace("hi.from@appsflyer.example.com", id, StringComparison.Ordinal), Encoding.UTF8, "application/json"),
                    };
                    request.Headers.TryAddWithoutValidation("Authorization", ReceiverHost.Token);
                    try
                    {
                        using var response = await client.SendAsync(request);
                        if ((int)response.StatusCode == 200)
                            acknowledged.Add(id);
                        else
                            Interlocked.Increment(ref refused);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref refused); // after the kill: connection refused or reset
                    }
                    if (acknowledged.Count >= KillAfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                        receiver.Kill(); // SIGKILL on Linux: no shutdown code runs
                }
            }
            await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(SendAsync)));
            await receiver.WaitForExitAsync();
        }

        await using var reader = store.Open();
        var stored = new HashSet<string>();
        var after = 0L;
        for (var page = 0; page < 100; page++)
        {
            var rows = await reader.Inbox.ListAsync(after, 1000);
            foreach (var row in rows)
            {
                using var document = JsonDocument.Parse(row.Body);
                stored.Add(document.RootElement.GetProperty("customer_user_id").GetString()!);
            }
            if (rows.Count < 1000)
                break;
            after = rows[^1].Id;
        }
        var missing = acknowledged.Where(id => !stored.Contains(id)).ToList();
        output.WriteLine($"{kind}: {Messages} sent, {acknowledged.Count} answered 200 before/around the SIGKILL, {refused} refused or unanswered, "
            + $"{stored.Count} in the inbox, {missing.Count} answered 200 but missing");
        Assert.Equal(1, killed);
        Assert.True(acknowledged.Count >= KillAfterAcknowledged);
        Assert.True(refused > 0, "the receiver was killed during the replay, so some messages got no 200");
        Assert.Empty(missing);
    }
}
