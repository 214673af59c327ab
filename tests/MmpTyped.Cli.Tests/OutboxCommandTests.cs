using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.Cli.Tests;

/// <summary><c>mmptyped outbox stats|dead|retry</c> and <c>inbox stats</c> run as a process against a real SQLite store the test filled.</summary>
public sealed class OutboxCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mmptyped-cli-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "outbox.db");

    private string Store => "sqlite:" + DatabasePath;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Stats_count_rows_by_vendor_and_state_and_list_paused_routes()
    {
        await using (var store = SqliteMessageStore.Create(DatabasePath))
        {
            var ids = await store.Outbox.EnqueueAsync([Message("appsflyer.s2s", "id1"), Message("appsflyer.s2s", "id1"), Message("airbridge.app", "shop")]);
            await store.Outbox.LeaseAsync("test", 1, TimeSpan.FromMinutes(1));
            await store.Outbox.RecordAsync("test", LeaseOutcome.DeadLettered(ids[0], "rejected", "400"));
            await store.Outbox.PauseRouteAsync("airbridge", "shop", "401: token refused");
        }

        var result = await CliProcess.RunAsync(["outbox", "stats", "--store", Store]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var counts = json.RootElement.GetProperty("counts").EnumerateArray()
            .Select(c => $"{c.GetProperty("vendor").GetString()}/{c.GetProperty("state").GetString()}={c.GetProperty("count").GetInt64()}");
        Assert.Equal(["airbridge/pending=1", "appsflyer/pending=1", "appsflyer/dead=1"], counts);
        Assert.Equal(1, json.RootElement.GetProperty("due").GetInt64());
        var paused = Assert.Single(json.RootElement.GetProperty("pausedRoutes").EnumerateArray().ToArray());
        Assert.Equal("401: token refused", paused.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Dead_prints_each_dead_row_with_its_reason_and_retry_makes_it_due_again()
    {
        long dead;
        await using (var store = SqliteMessageStore.Create(DatabasePath))
        {
            var ids = await store.Outbox.EnqueueAsync([Message("airbridge.app", "shop"), Message("airbridge.app", "shop")]);
            dead = ids[1];
            await store.Outbox.LeaseAsync("test", 2, TimeSpan.FromMinutes(1));
            await store.Outbox.RecordAsync("test", [LeaseOutcome.Completed(ids[0]), LeaseOutcome.DeadLettered(dead, "rejected", "400: eventUUID is not a UUID")]);
        }

        var listed = await CliProcess.RunAsync(["outbox", "dead", "--store", Store]);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        using (var json = JsonDocument.Parse(Assert.Single(listed.StdoutLines)))
        {
            Assert.Equal(dead, json.RootElement.GetProperty("id").GetInt64());
            Assert.Equal("400: eventUUID is not a UUID", json.RootElement.GetProperty("reason").GetString());
            Assert.Equal("""{"eventName":"x"}""", json.RootElement.GetProperty("body").GetString());
        }

        var retried = await CliProcess.RunAsync(["outbox", "retry", "--store", Store, dead.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(retried.ExitCode == 0, retried.ToString());
        await using (var store = SqliteMessageStore.Create(DatabasePath))
            Assert.Equal(OutboxState.Pending, (await store.Outbox.GetAsync(dead))!.State);

        var again = await CliProcess.RunAsync(["outbox", "retry", "--store", Store, dead.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"no dead row has the id {dead}", again.Stderr, StringComparison.Ordinal);
        Assert.Empty((await CliProcess.RunAsync(["outbox", "dead", "--store", Store])).StdoutLines);
    }

    [Fact]
    public async Task Inbox_stats_count_received_messages_by_state()
    {
        await using (var store = SqliteMessageStore.Create(DatabasePath))
        {
            await store.Inbox.InsertAsync(new InboxMessage { Body = "{}"u8.ToArray(), Method = "POST", ReceivedAt = DateTimeOffset.UnixEpoch });
            await store.Inbox.InsertAsync(new InboxMessage { Body = "{"u8.ToArray(), Method = "POST", ReceivedAt = DateTimeOffset.UnixEpoch, ParseError = "truncated" });
        }

        var result = await CliProcess.RunAsync(["inbox", "stats", "--store", Store]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("pending").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("quarantined").GetInt64());
    }

    [Theory]
    [InlineData("postgres:Host=db;Password=hunter2", "the unknown store kind 'postgres'")]
    [InlineData("outbox.db", "a store string without a kind")]
    [InlineData("postgresql:Host=db;Password=hunter2;Colour=blue", "Not a valid PostgreSQL connection string")]
    public async Task A_bad_store_string_is_one_line_with_the_reason_and_never_the_password(string store, string reason)
    {
        var result = await CliProcess.RunAsync(["outbox", "stats", "--store", store]);

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_one_line_naming_it()
    {
        var result = await CliProcess.RunAsync(["inbox", "stats", "--store", "sqlite:" + _folder]);

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains($"Cannot open the SQLite store at {_folder}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_of_a_newer_schema_is_refused_and_left_as_it_was()
    {
        await using (var store = SqliteMessageStore.Create(DatabasePath))
            await store.InitializeAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE mmptyped_schema SET version = 7";
            await command.ExecuteNonQueryAsync();
        }

        var result = await CliProcess.RunAsync(["outbox", "stats", "--store", Store]);

        Assert.Contains("schema version 7, newer than this library's", CliAssert.FailsWithOneLine(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outbox", "unknown subcommand")]
    [InlineData("outbox stats", "missing --store")]
    [InlineData("outbox retry --store sqlite:STORE", "missing the row id")]
    [InlineData("outbox retry --store sqlite:STORE -4", "'-4' is not a row id")]
    [InlineData("outbox stats --store sqlite:STORE --store sqlite:STORE", "--store given more than once")]
    public async Task Bad_usage_is_one_line_naming_what_is_wrong(string command, string problem)
    {
        var args = command.Replace("STORE", DatabasePath, StringComparison.Ordinal).Split(' ');
        var result = await CliProcess.RunAsync(args);

        Assert.Contains(problem, CliAssert.FailsWithOneLine(result), StringComparison.Ordinal);
    }

    private static OutboxMessage Message(string schema, string route) =>
        new() { SchemaId = schema, Route = route, Body = """{"eventName":"x"}"""u8.ToArray() };
}

/// <summary>The same commands against the real PostgreSQL server <c>MMPTYPED_POSTGRES</c> names, in a schema of the test's own.</summary>
public sealed class OutboxCommandPostgreSqlTests
{
    [SkippableFact]
    public async Task Stats_dead_and_retry_work_on_a_postgresql_store()
    {
        var server = Environment.GetEnvironmentVariable("MMPTYPED_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException("MMPTYPED_POSTGRES is not set under CI: .ci/run must start PostgreSQL (eng/postgres.sh).");
            Skip.If(true, "MMPTYPED_POSTGRES is not set: start a server with eval \"$(bash eng/postgres.sh start)\".");
        }
        var schema = "cli_" + Guid.NewGuid().ToString("N");
        Execute(server!, $"CREATE SCHEMA {schema}");
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
        try
        {
            long dead;
            await using (var store = MmpTyped.Outbox.PostgreSql.PostgreSqlMessageStore.Create(connectionString))
            {
                dead = await store.Outbox.EnqueueAsync(new OutboxMessage { SchemaId = "affise.s2s", Route = null, Body = "{}"u8.ToArray() });
                await store.Outbox.LeaseAsync("test", 1, TimeSpan.FromMinutes(1));
                await store.Outbox.RecordAsync("test", LeaseOutcome.DeadLettered(dead, "rejected", "400"));
            }

            var stats = await CliProcess.RunAsync(["outbox", "stats", "--store", "postgresql:" + connectionString]);
            Assert.True(stats.ExitCode == 0, stats.ToString());
            Assert.Contains("""{"vendor":"affise","state":"dead","count":1}""", stats.Stdout, StringComparison.Ordinal);
            var listed = await CliProcess.RunAsync(["outbox", "dead", "--store", "postgresql:" + connectionString]);
            Assert.Contains("\"route\":null", Assert.Single(listed.StdoutLines), StringComparison.Ordinal);
            var retried = await CliProcess.RunAsync(["outbox", "retry", "--store", "postgresql:" + connectionString, dead.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            Assert.True(retried.ExitCode == 0, retried.ToString());
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Execute(server!, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
