using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using MmpTyped.Outbox.PostgreSql;

namespace MmpTyped.Outbox.Tests.Stores;

/// <summary>What only the PostgreSQL store does: connection strings and servers it cannot reach, never showing the password.</summary>
public sealed class PostgreSqlStoreTests
{
    [Theory]
    [InlineData("Host=db;Password=hunter2;Colour=blue", "Colour")]
    [InlineData("Database=app;Password=hunter2", "names no Host")]
    public void A_bad_connection_string_is_refused_without_showing_the_password(string connectionString, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => PostgreSqlMessageStore.Create(connectionString));
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_clear_error_naming_the_store_and_not_the_password()
    {
        // A loopback port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await using var store = PostgreSqlMessageStore.Create($"Host=127.0.0.1;Port={port};Database=app;Username=app;Password=hunter2;Timeout=5");
        var error = await Assert.ThrowsAsync<MessageStoreException>(() => store.InitializeAsync());
        Assert.Contains($"Cannot open the PostgreSQL store 127.0.0.1:{port}/app", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_server_the_PostgreSQL_tests_use_is_a_real_PostgreSQL()
    {
        // Skipped without MMPTYPED_POSTGRES (failed under CI=true), like every PostgreSQL test.
        await using var database = new PostgreSqlUnderTest();
        Assert.StartsWith("PostgreSQL", (string)(await ScalarAsync(database, "SELECT version()"))!, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(StoreUnderTest database, string sql)
    {
        await using var connection = await database.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
