using System;
using Npgsql;

namespace MmpTyped.Outbox.Tests.Stores;

/// <summary>
/// The PostgreSQL server the tests use: the connection string in <c>MMPTYPED_POSTGRES</c>. Without it the
/// PostgreSQL tests are skipped with the reason, except under CI (<c>CI=true</c>), where they fail.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "MMPTYPED_POSTGRES";

    public static string ConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(connectionString))
            return connectionString;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{Variable} is not set under CI: .ci/run must start PostgreSQL (eng/postgres.sh) and export it.");
        Skip.If(true, $"{Variable} is not set: start a server with eval \"$(bash eng/postgres.sh start)\" to run the PostgreSQL tests.");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The connection string with the search path set to <paramref name="schema"/>: each test gets tables of its own.</summary>
    public static string InSchema(string schema) =>
        new NpgsqlConnectionStringBuilder(ConnectionString()) { SearchPath = schema }.ToString();

    public static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
