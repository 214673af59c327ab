using System;
using System.Data.Common;
using System.Linq;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Enqueued_rows_are_read_back_whole_by_another_store_on_the_same_database()
    {
        await using var database = NewDatabase();
        long single;
        long[] batch;
        var deadline = Start.AddHours(24);
        await using (var writer = database.Open(Clock))
        {
            single = await writer.Outbox.EnqueueAsync(Message(1) with { Deadline = deadline, IdempotencyKey = "k-1", EventTime = Start.AddMinutes(-3) });
            batch = [.. await writer.Outbox.EnqueueAsync([Message(2, "shop"), Message(3, schema: "airbridge.app"), Message(4)])];
        }

        await using var reader = database.Open(Clock);
        var row = await reader.Outbox.GetAsync(single);
        Assert.NotNull(row);
        Assert.Equal("appsflyer", row.Vendor);
        Assert.Equal("appsflyer.s2s", row.SchemaId);
        Assert.Equal("id1234567890", row.Route);
        Assert.Equal("""{"n":1}""", BodyText(row));
        Assert.Equal("k-1", row.IdempotencyKey);
        Assert.Equal(Start, row.CreatedAt);
        Assert.Equal(deadline, row.Deadline);
        Assert.Equal(Start.AddMinutes(-3), row.EventTime);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(Start, row.NextAttemptAt);
        Assert.Equal(OutboxState.Pending, row.State);
        Assert.Null(row.LeaseOwner);
        Assert.Null(row.LastOutcome);

        Assert.Equal(3, batch.Distinct().Count());
        Assert.All(batch, id => Assert.True(id > single));
        var third = await reader.Outbox.GetAsync(batch[1]);
        Assert.Equal(("airbridge", """{"n":3}"""), (third!.Vendor, BodyText(third)));
        Assert.Null(await reader.Outbox.GetAsync(batch.Max() + 1000));
    }

    [SkippableFact]
    public async Task A_message_with_a_stored_idempotency_key_is_stored_once()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var first = await store.Outbox.EnqueueAsync(Message(1, key: "uuid-1"));
        var ids = await store.Outbox.EnqueueAsync([Message(2, key: "uuid-1"), Message(3, key: "uuid-2"), Message(4, key: "uuid-2"), Message(5, route: "other", key: "uuid-1")]);

        Assert.Equal(first, ids[0]);
        Assert.Equal(ids[1], ids[2]);
        Assert.NotEqual(first, ids[3]);
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
        Assert.Equal("""{"n":1}""", BodyText((await store.Outbox.GetAsync(first))!));
    }

    [SkippableFact]
    public async Task A_vendor_whose_url_names_no_app_has_rows_without_a_route_that_pause_and_de_duplicate_too()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var affise = Message(1, schema: "affise.s2s", key: "evt-1") with { Route = null };
        var ids = await store.Outbox.EnqueueAsync([affise, affise with { Body = "{}"u8.ToArray() }, Message(2, "offer", "affise.s2s")]);

        Assert.Equal(ids[0], ids[1]);
        var row = (await store.Outbox.GetAsync(ids[0]))!;
        Assert.Equal(("affise", (string?)null, (DateTimeOffset?)null), (row.Vendor, row.Route, row.EventTime));
        await store.Outbox.PauseRouteAsync("affise", null, "401");
        Assert.Equal([ids[2]], (await store.Outbox.LeaseAsync("a", 10, Minute)).Select(r => r.Id));
        Assert.Null(Assert.Single((await store.Outbox.GetStatsAsync()).PausedRoutes).Route);
        Assert.True(await store.Outbox.ResumeRouteAsync("affise", null));
        Assert.Equal([ids[0]], (await store.Outbox.LeaseAsync("a", 10, Minute)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task A_later_not_before_makes_the_row_due_only_then()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        await store.Outbox.EnqueueAsync(Message(1) with { NotBefore = Start.AddMinutes(5) });

        Assert.Empty(await store.Outbox.LeaseAsync("a", 10, Minute));
        Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(await store.Outbox.LeaseAsync("a", 10, Minute));
    }

    [SkippableFact]
    public async Task An_incomplete_message_is_refused_and_nothing_of_its_batch_is_stored()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var noRoute = Message(2) with { Route = " " };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.EnqueueAsync([Message(1), noRoute]));
        Assert.Contains("Message 1 has an empty Route", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.EnqueueAsync(Message(1) with { Body = ReadOnlyMemory<byte>.Empty }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.EnqueueAsync(Message(1) with { SchemaId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.EnqueueAsync(Message(1) with { IdempotencyKey = "" }));

        await store.InitializeAsync();
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
    }

    [SkippableFact]
    public async Task Enqueue_in_the_callers_transaction_commits_and_rolls_back_with_the_business_row()
    {
        await using var database = NewDatabase();
        await using (var setup = database.Open(Clock))
            await setup.InitializeAsync();
        await database.ExecuteAsync("CREATE TABLE orders (id BIGINT PRIMARY KEY)");

        // A store that has not been used yet in this process: it checks the schema on the caller's connection.
        await using var store = database.Open(Clock);
        await using (var connection = await database.ConnectAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await InsertOrderAsync(transaction, 1);
            await store.Outbox.EnqueueAsync(Message(1), transaction);
            await transaction.RollbackAsync();
        }
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM orders"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));

        long id;
        await using (var connection = await database.ConnectAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await InsertOrderAsync(transaction, 2);
            id = await store.Outbox.EnqueueAsync(Message(2), transaction);
            await transaction.CommitAsync();
        }
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM orders"));
        Assert.Equal("""{"n":2}""", BodyText((await store.Outbox.GetAsync(id))!));
    }

    private static async Task InsertOrderAsync(DbTransaction transaction, int id)
    {
        await using var order = transaction.Connection!.CreateCommand();
        order.Transaction = transaction;
        order.CommandText = $"INSERT INTO orders (id) VALUES ({id})";
        await order.ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task Enqueue_on_the_callers_connection_without_a_transaction_commits_at_once()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        await store.InitializeAsync();
        await using (var connection = await database.ConnectAsync())
            await store.Outbox.EnqueueAsync([Message(1), Message(2)], connection, transaction: null);

        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
    }

    [SkippableFact]
    public async Task Enqueue_on_a_connection_to_another_database_is_refused()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        await store.InitializeAsync();
        await using var elsewhere = await database.ConnectElsewhereAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.EnqueueAsync([Message(1)], elsewhere, null));
        Assert.Contains("same database", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Enqueue_in_a_transaction_on_a_database_without_the_schema_says_to_initialize_first()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        await using var connection = await database.ConnectAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var error = await Assert.ThrowsAsync<MessageStoreException>(() => store.Outbox.EnqueueAsync(Message(1), transaction));
        Assert.Contains("InitializeAsync", error.Message, StringComparison.Ordinal);
    }
}
