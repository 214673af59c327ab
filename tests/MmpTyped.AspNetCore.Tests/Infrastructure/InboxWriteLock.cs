using System;
using System.Data.Common;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox;
using Npgsql;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A write transaction of the test's own in the store's database, beside the receiver's connections: while
/// it is open every inbox insert waits (SQLite: the file's write lock; PostgreSQL: the inbox table locked
/// against writers), so the test can queue inserts and then let them commit together.
/// </summary>
internal sealed class InboxWriteLock : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private bool _released;

    private InboxWriteLock(DbConnection connection) => _connection = connection;

    public static async Task<InboxWriteLock> HoldAsync(TestStore store)
    {
        var connection = await OpenAsync(store);
        await ExecuteAsync(connection, store.Kind == TestStore.Sqlite
            ? "BEGIN IMMEDIATE"
            : $"BEGIN; LOCK TABLE mmptyped_inbox IN EXCLUSIVE MODE");
        return new InboxWriteLock(connection);
    }

    /// <summary>Adds a trigger that makes the database refuse, with an error, every inbox row whose bytes hold <paramref name="marker"/>.</summary>
    public static async Task RefuseRowsHoldingAsync(TestStore store, string marker)
    {
        await using var connection = await OpenAsync(store);
        await ExecuteAsync(connection, store.Kind == TestStore.Sqlite
            ? $"CREATE TRIGGER refuse_marked BEFORE INSERT ON mmptyped_inbox WHEN instr(CAST(NEW.body AS TEXT), '{marker}') > 0 "
              + "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
            : "CREATE FUNCTION refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
              + $"IF position('{marker}'::bytea in NEW.body) > 0 THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $$; "
              + "CREATE TRIGGER refuse_marked BEFORE INSERT ON mmptyped_inbox FOR EACH ROW EXECUTE FUNCTION refuse_marked()");
    }

    /// <summary>Ends the transaction (nothing written): the waiting inserts go ahead.</summary>
    public async Task ReleaseAsync()
    {
        if (_released)
            return;
        _released = true;
        await ExecuteAsync(_connection, "ROLLBACK");
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }

    private static async Task<DbConnection> OpenAsync(TestStore store)
    {
        var location = StoreLocation.Parse(store.Store);
        DbConnection connection = location.Kind == StoreKind.Sqlite
            ? new SqliteConnection($"Data Source={location.Target};Pooling=false")
            : new NpgsqlConnection(location.Target);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
