using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.AspNetCore.Tests.Infrastructure;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Sql;

namespace MmpTyped.AspNetCore.Tests.Receiving;

/// <summary>
/// Group commit over real HTTP on both stores: requests arriving together are stored in one transaction and
/// each answered only after it committed. The test holds the database's write lock while the requests
/// queue up, so which requests share a transaction does not depend on timing: the first request's
/// transaction waits for the lock alone, every later one queues behind it, and once the lock is released
/// they all go in the next transaction together.
/// </summary>
public sealed partial class GroupCommitTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Concurrent_posts_are_committed_together_and_each_is_stored_as_sent(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        var bodies = Enumerable.Range(0, 40).Select(i => PushExamples.V2With(("customer_user_id", $"group-{i:D2}"))).ToList();

        var statuses = await PostWhileLockedAsync(store, host, bodies);

        Assert.All(statuses, status => Assert.Equal(200, status));
        var rows = await host.RowsAsync();
        Assert.Equal(bodies.Order(StringComparer.Ordinal), rows.Select(row => Encoding.UTF8.GetString(row.Body.Span)).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { 1, 39 }, CommittedBatches(host));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task The_same_message_several_times_in_one_transaction_is_stored_once_and_each_copy_answered_200(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        var repeated = PushExamples.V2With(("customer_user_id", "sent-eight-times"));
        var bodies = Enumerable.Repeat(repeated, 8).Prepend(PushExamples.V2With(("customer_user_id", "first")))
            .Concat(Enumerable.Range(0, 8).Select(i => PushExamples.V2With(("customer_user_id", $"once-{i}"))))
            .ToList();

        var statuses = await PostWhileLockedAsync(store, host, bodies);

        Assert.All(statuses, status => Assert.Equal(200, status));
        var rows = await host.RowsAsync();
        Assert.Equal(10, rows.Count);
        Assert.Single(rows, row => Encoding.UTF8.GetString(row.Body.Span) == repeated);
        Assert.Equal(new[] { 1, 16 }, CommittedBatches(host));
        Assert.Equal(7, host.Logs.Lines.Count(line => line.Contains("[1501]", StringComparison.Ordinal)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task A_transaction_the_store_refuses_answers_503_to_every_message_in_it_and_stores_none_of_them(string kind)
    {
        await using var store = TestStore.Create(kind);
        await using var host = await ReceiverHost.StartAsync(store);
        await host.Services.GetRequiredService<IMessageStore>().InitializeAsync();
        await InboxWriteLock.RefuseRowsHoldingAsync(store, "refuse-this-row");
        var bodies = Enumerable.Range(0, 11).Select(i => PushExamples.V2With(("customer_user_id", $"fine-{i}")))
            .Append(PushExamples.V2With(("customer_user_id", "refuse-this-row")))
            .ToList();

        var statuses = await PostWhileLockedAsync(store, host, bodies);

        // The first went in a transaction of its own; the refused row's transaction held the other eleven.
        Assert.Equal(Enumerable.Repeat(503, 11).Prepend(200), statuses);
        Assert.Equal(new[] { bodies[0] }, (await host.RowsAsync()).Select(row => Encoding.UTF8.GetString(row.Body.Span)));
        Assert.Contains(host.Logs.Lines, line => line.Contains("[1506]", StringComparison.Ordinal));

        // The failure ended with its transaction: the next message is stored and answered 200.
        var after = PushExamples.V2With(("customer_user_id", "after-the-refusal"));
        Assert.Equal(new[] { 200 }, await PostAllAsync(host, [after]));
        Assert.Contains(await host.RowsAsync(), row => Encoding.UTF8.GetString(row.Body.Span) == after);
    }

    /// <summary>
    /// While the test holds the store's write lock, posts the first body and waits until its transaction
    /// waits for the lock, then posts the others at once and waits until they are all queued behind it;
    /// releases the lock and returns the statuses in the bodies' order. The store then writes exactly two
    /// transactions: the first body alone, and all the others together.
    /// </summary>
    private static async Task<int[]> PostWhileLockedAsync(TestStore store, ReceiverHost host, IReadOnlyList<string> bodies)
    {
        // The schema first: creating it would itself wait for the lock.
        await host.Services.GetRequiredService<IMessageStore>().InitializeAsync();
        var inserts = ((SqlInboxStore)host.Inbox).Inserts;
        Task<int[]> first, others;
        await using (var writeLock = await InboxWriteLock.HoldAsync(store))
        {
            first = PostAllAsync(host, [bodies[0]]);
            await Wait.UntilAsync(() => Task.FromResult(first.IsCompleted || (inserts.Unanswered == 1 && inserts.Queued == 0)),
                "the first insert waiting for the lock", seconds: 20);
            others = PostAllAsync(host, bodies.Skip(1).ToList());
            await Wait.UntilAsync(() => Task.FromResult(first.IsCompleted || others.IsCompleted || inserts.Queued == bodies.Count - 1),
                $"{bodies.Count - 1} inserts queued behind it", seconds: 20);
            Assert.False(first.IsCompleted || others.IsCompleted, "answers came back while the store's write lock was held");
        }
        return [.. await first, .. await others];
    }

    private static async Task<int[]> PostAllAsync(ReceiverHost host, IReadOnlyList<string> bodies)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        return await Task.WhenAll(bodies.Select(async body =>
        {
            using var request = host.Request(HttpMethod.Post);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            return (int)response.StatusCode;
        }));
    }

    /// <summary>The size of each inbox transaction the store committed or tried, from its debug log.</summary>
    private static List<int> CommittedBatches(ReceiverHost host) =>
        host.Logs.Lines.Select(line => BatchLine().Match(line)).Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"\[20\] Committing (\d+) inbox messages in one transaction")]
    private static partial Regex BatchLine();
}
