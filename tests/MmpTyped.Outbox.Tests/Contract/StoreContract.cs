using System;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Outbox.Tests.Stores;

namespace MmpTyped.Outbox.Tests.Contract;

/// <summary>
/// What every store must do, run against each kind (one derived class per kind). Each test gets an empty
/// database of its own and a fake clock, so lease expiry and due times move only when the test says.
/// </summary>
public abstract partial class StoreContract
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    protected FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>A new empty database (skips the test when its server is not there).</summary>
    protected abstract StoreUnderTest NewDatabase();

    protected static OutboxMessage Message(int n, string route = "id1234567890", string schema = "appsflyer.s2s", string? key = null) => new()
    {
        SchemaId = schema,
        Route = route,
        Body = Encoding.UTF8.GetBytes($$"""{"n":{{n}}}"""),
        IdempotencyKey = key,
    };

    protected static string BodyText(OutboxRow row) => Encoding.UTF8.GetString(row.Body.Span);
}

/// <summary>The contract on real SQLite files.</summary>
public sealed class SqliteStoreContract : StoreContract
{
    protected override StoreUnderTest NewDatabase() => new SqliteUnderTest();
}

/// <summary>The contract on the real PostgreSQL server.</summary>
public sealed class PostgreSqlStoreContract : StoreContract
{
    protected override StoreUnderTest NewDatabase() => new PostgreSqlUnderTest();
}
