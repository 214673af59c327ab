using System;

namespace MmpTyped.Outbox;

/// <summary>Which kind of database a store string names.</summary>
public enum StoreKind
{
    /// <summary>A SQLite file: <c>sqlite:PATH</c>.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: <c>postgresql:CONNECTION-STRING</c>.</summary>
    PostgreSql,
}

/// <summary>
/// A store string as the command line takes it: <c>sqlite:PATH</c> or <c>postgresql:CONNECTION-STRING</c>
/// (an Npgsql connection string such as <c>Host=db;Database=app;Username=app;Password=…</c>).
/// <see cref="ToString"/> never shows a connection string, which may hold a password.
/// </summary>
public sealed class StoreLocation
{
    private const string SqlitePrefix = "sqlite:";
    private const string PostgreSqlPrefix = "postgresql:";

    private StoreLocation(StoreKind kind, string target)
    {
        Kind = kind;
        Target = target;
    }

    /// <summary>The kind of database.</summary>
    public StoreKind Kind { get; }

    /// <summary>The file path (SQLite) or the connection string (PostgreSQL).</summary>
    public string Target { get; }

    /// <summary>Reads a store string.</summary>
    /// <exception cref="FormatException">It is neither <c>sqlite:PATH</c> nor <c>postgresql:CONNECTION-STRING</c>, or the part after the colon is empty.</exception>
    public static StoreLocation Parse(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.StartsWith(SqlitePrefix, StringComparison.Ordinal))
            return Create(StoreKind.Sqlite, store[SqlitePrefix.Length..], "a file path");
        if (store.StartsWith(PostgreSqlPrefix, StringComparison.Ordinal))
            return Create(StoreKind.PostgreSql, store[PostgreSqlPrefix.Length..], "a connection string");

        // Only the part before the first colon is echoed: the rest may be a connection string with a password.
        var colon = store.IndexOf(':', StringComparison.Ordinal);
        var what = store.Length == 0 ? "an empty store string"
            : colon < 0 ? "a store string without a kind"
            : $"the unknown store kind '{store[..colon]}'";
        throw new FormatException($"The store is {what}: write sqlite:PATH or postgresql:CONNECTION-STRING.");
    }

    /// <summary>The store string with a PostgreSQL connection string left out.</summary>
    public override string ToString() =>
        Kind == StoreKind.Sqlite ? SqlitePrefix + Target : PostgreSqlPrefix + "(connection string not shown)";

    private static StoreLocation Create(StoreKind kind, string target, string expected)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw new FormatException($"The store string names no {kind switch { StoreKind.Sqlite => "SQLite", _ => "PostgreSQL" }} database: write {expected} after the colon.");
        return new StoreLocation(kind, target);
    }
}
