using System;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Sql;

/// <summary>Small helpers over ADO.NET commands, for SQL that both databases run.</summary>
internal static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, string? value) => command.With(name, value, DbType.String);

    public static DbCommand With(this DbCommand command, string name, long value) => command.With(name, value, DbType.Int64);

    public static DbCommand With(this DbCommand command, string name, long? value) => command.With(name, value, DbType.Int64);

    public static DbCommand With(this DbCommand command, string name, byte[] value) => command.With(name, value, DbType.Binary);

    /// <summary>Sets the value of a parameter added before (commands reused in a loop).</summary>
    public static void Set(this DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public static async Task<long?> ScalarInt64Async(this DbCommand command, CancellationToken cancellationToken)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset? GetTime(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : UnixTime.ToTime(reader.GetInt64(ordinal));

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

/// <summary>Times are stored as Unix milliseconds (a 64-bit integer) in both databases: compared and indexed the same way everywhere.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? ToMilliseconds(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
