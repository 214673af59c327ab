using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;
using Npgsql;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// Enqueue into the outbox, each call returning only once its commit is durable: one message per commit,
/// and 100 messages per commit (the time shown is per message). SQLite is a file in the temp folder (WAL,
/// synchronous=FULL: an fsync per commit); PostgreSQL is the server MMPTYPED_POSTGRES names (eng/postgres.sh
/// starts one), measured only when it is set. The body is a 600-byte AppsFlyer S2S request.
/// </summary>
[Config(typeof(PercentileConfig))]
public class OutboxEnqueueBenchmarks
{
    private const int Batch = 100;

    private static readonly byte[] Body = System.Text.Encoding.UTF8.GetBytes(
        """{"appsflyer_id":"1415211453000-6513894","customer_user_id":"19443","eventName":"af_purchase","eventValue":"{\"af_revenue\":\"159.99\",\"af_currency\":\"USD\",\"af_content_id\":\"sku-1234\",\"af_order_id\":\"o-12939172\"}","eventCurrency":"USD","ip":"203.0.113.7","eventTime":"2026-12-06 10:00:00.000","af_events_api":"true","bundleIdentifier":"com.example.shop","idfa":"6D92078A-8246-4BA4-AE5B-76104861E7DC","idfv":"ADC1BDB0-C8B4-4F4F-A92A-D5C2B37DEB54","att":3,"app_version_name":"4.12.0","os":"17.2"}""".PadRight(600));

    private IMessageStore _store = null!;
    private OutboxMessage[] _batch = [];
    private string? _cleanup;

    /// <summary>The stores measured: SQLite always, PostgreSQL when a server is named.</summary>
    public static IEnumerable<string> Stores() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MMPTYPED_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgresql"];

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        if (Store == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("mmptyped-bench-").FullName;
            _cleanup = folder;
            _store = SqliteMessageStore.Create(Path.Combine(folder, "outbox.db"));
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("MMPTYPED_POSTGRES")!;
            var schema = "bench_" + Guid.NewGuid().ToString("N");
            Execute(server, $"CREATE SCHEMA {schema}");
            _cleanup = schema;
            _store = PostgreSqlMessageStore.Create(new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString());
        }
        _store.InitializeAsync().GetAwaiter().GetResult();
        _batch = [.. Enumerable.Range(0, Batch).Select(_ => Message())];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (Store == "sqlite")
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_cleanup!, recursive: true);
        }
        else
        {
            Execute(Environment.GetEnvironmentVariable("MMPTYPED_POSTGRES")!, $"DROP SCHEMA {_cleanup} CASCADE");
        }
    }

    [Benchmark(Baseline = true, Description = "one message per commit")]
    public Task<long> EnqueueOne() => _store.Outbox.EnqueueAsync(Message());

    [Benchmark(OperationsPerInvoke = Batch, Description = "100 messages per commit (per message)")]
    public Task<IReadOnlyList<long>> EnqueueBatch() => _store.Outbox.EnqueueAsync(_batch);

    private static OutboxMessage Message() => new()
    {
        SchemaId = "appsflyer.s2s",
        Route = "id1234567890",
        Body = Body,
        Deadline = DateTimeOffset.UtcNow.AddHours(24),
    };

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the 50th and 95th percentiles of the per-call time.</summary>
    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
