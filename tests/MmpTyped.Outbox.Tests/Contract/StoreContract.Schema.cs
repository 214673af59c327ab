using System;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task The_schema_is_created_once_and_its_version_recorded()
    {
        await using var database = NewDatabase();
        await using (var store = database.Open(Clock))
            await store.InitializeAsync();
        await using (var again = database.Open(Clock))
            await again.InitializeAsync();

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_schema"));
        Assert.Equal(1, await database.CountAsync("SELECT version FROM mmptyped_schema"));
        foreach (var table in new[] { "mmptyped_outbox", "mmptyped_inbox", "mmptyped_state", "mmptyped_paused_routes" })
            Assert.True(await database.TableExistsAsync(table), table);
    }

    [SkippableFact]
    public async Task Stores_starting_at_once_on_an_empty_database_create_the_schema_once()
    {
        await using var database = NewDatabase();
        var stores = new[] { database.Open(Clock), database.Open(Clock), database.Open(Clock) };
        await Task.WhenAll(Array.ConvertAll(stores, store => Task.Run(() => store.InitializeAsync())));
        foreach (var store in stores)
            await store.DisposeAsync();

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_schema"));
    }

    [SkippableFact]
    public async Task A_database_upgraded_by_a_newer_library_is_refused_and_left_as_it_was()
    {
        await using var database = NewDatabase();
        await using (var store = database.Open(Clock))
            await store.Outbox.EnqueueAsync(Message(1));
        await database.ExecuteAsync("UPDATE mmptyped_schema SET version = 99");

        await using var older = database.Open(Clock);
        var error = await Assert.ThrowsAsync<MessageStoreException>(() => older.InitializeAsync());
        Assert.Contains("schema version 99, newer than this library's 1", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MessageStoreException>(() => older.Outbox.EnqueueAsync(Message(2)));
        await Assert.ThrowsAsync<MessageStoreException>(() => older.Inbox.InsertAsync(new InboxMessage { Body = "x"u8.ToArray(), Method = "POST", ReceivedAt = Start }));

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_inbox"));
        Assert.Equal(99, await database.CountAsync("SELECT version FROM mmptyped_schema"));
    }

    [SkippableFact]
    public async Task A_newer_version_table_alone_gets_no_tables_added()
    {
        await using var database = NewDatabase();
        await database.ExecuteAsync("CREATE TABLE mmptyped_schema (version BIGINT NOT NULL); INSERT INTO mmptyped_schema (version) VALUES (2)");

        await using var store = database.Open(Clock);
        await Assert.ThrowsAsync<MessageStoreException>(() => store.InitializeAsync());
        Assert.False(await database.TableExistsAsync("mmptyped_outbox"));
    }
}
