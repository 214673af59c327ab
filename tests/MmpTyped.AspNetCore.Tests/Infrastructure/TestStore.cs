using System;
using System.IO;
using System.Threading.Tasks;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;
using Npgsql;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A fresh, real store for one test: a SQLite file in a folder of its own, or a PostgreSQL database of its
/// own on the server MMPTYPED_POSTGRES names (skipped without it, except under CI=true, where it fails).
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    private TestStore(string kind, string store, string? directory, string? database)
    {
        Kind = kind;
        Store = store;
        Directory = directory;
        Database = database;
    }

    public string Kind { get; }

    /// <summary>The store string: sqlite:PATH or postgresql:CONNECTION-STRING.</summary>
    public string Store { get; }

    public string? Directory { get; }

    public string? Database { get; }

    public static TheoryData<string> Kinds => new() { Sqlite, PostgreSql };

    public static TestStore Create(string kind)
    {
        if (kind == Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "mmptyped-receiver-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(directory);
            return new TestStore(kind, "sqlite:" + Path.Combine(directory, "inbox.db"), directory, null);
        }
        var server = ServerConnectionString();
        var database = "receiver_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ToString();
        return new TestStore(kind, "postgresql:" + connection, null, database);
    }

    /// <summary>Opens the store as a reader (the tests' view of what was stored).</summary>
    public IMessageStore Open()
    {
        var location = StoreLocation.Parse(Store);
        return location.Kind == StoreKind.Sqlite ? SqliteMessageStore.Create(location.Target) : PostgreSqlMessageStore.Create(location.Target);
    }

    /// <summary>Drops the PostgreSQL database, closing every connection to it: the store fails from then on.</summary>
    public void DropDatabase() => Execute(ServerConnectionString(), $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");

    public static string ServerConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable("MMPTYPED_POSTGRES");
        if (!string.IsNullOrWhiteSpace(connectionString))
            return connectionString;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("MMPTYPED_POSTGRES is not set under CI: .ci/run must start PostgreSQL (eng/postgres.sh) and export it.");
        Skip.If(true, "MMPTYPED_POSTGRES is not set: start a server with eval \"$(bash eng/postgres.sh start)\" to run the PostgreSQL tests.");
        throw new InvalidOperationException("unreachable");
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Database is not null)
            DropDatabase();
        if (Directory is not null)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a process being torn down: the temp folder is cleaned by the OS.
            }
        }
        return ValueTask.CompletedTask;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
