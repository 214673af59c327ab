using System;
using System.Data.Common;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;
using Npgsql;

namespace MmpTyped.Outbox.Tests.Stores;

/// <summary>One empty database of one kind for one test, opened as many times as the test asks.</summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    /// <summary>A new store over this test's database (a new pool, as another process would have).</summary>
    public abstract IMessageStore Open(TimeProvider clock);

    /// <summary>A connection of the caller's own to the same database, open.</summary>
    public abstract Task<DbConnection> ConnectAsync();

    /// <summary>An open connection to another database of the same kind.</summary>
    public abstract Task<DbConnection> ConnectElsewhereAsync();

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the table exists in this test's database.</summary>
    public abstract Task<bool> TableExistsAsync(string table);

    public abstract ValueTask DisposeAsync();
}

/// <summary>A fresh SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteUnderTest : StoreUnderTest
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mmptyped-outbox-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "store", "outbox.db");

    public override IMessageStore Open(TimeProvider clock) => SqliteMessageStore.Create(Path, clock);

    public override async Task<DbConnection> ConnectAsync()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<DbConnection> ConnectElsewhereAsync()
    {
        var connection = new SqliteConnection($"Data Source={System.IO.Path.Combine(_folder, "other.db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<bool> TableExistsAsync(string table) =>
        await CountAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") > 0;

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a platform that locks it: the temp folder is cleaned later.
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh schema (namespace) in the test server's database, dropped at the end.</summary>
public sealed class PostgreSqlUnderTest : StoreUnderTest
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _connectionString;

    public PostgreSqlUnderTest()
    {
        var server = PostgresServer.ConnectionString();
        PostgresServer.Execute(server, $"CREATE SCHEMA {_schema}");
        _connectionString = PostgresServer.InSchema(_schema);
    }

    public string ConnectionString => _connectionString;

    public override IMessageStore Open(TimeProvider clock) => PostgreSqlMessageStore.Create(_connectionString, clock);

    public override async Task<DbConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<DbConnection> ConnectElsewhereAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<bool> TableExistsAsync(string table) =>
        await CountAsync($"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{_schema}' AND table_name = '{table}'") > 0;

    public override ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        PostgresServer.Execute(PostgresServer.ConnectionString(), $"DROP SCHEMA {_schema} CASCADE");
        return ValueTask.CompletedTask;
    }
}
