using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Cli.Commands;

/// <summary>Writes the outbox and inbox commands' JSON: one compact object per line, times in UTC ISO 8601.</summary>
internal static class Json
{
    public static void WriteLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } value)
            writer.WriteString(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        else
            writer.WriteNull(name);
    }

    /// <summary>A state's name as the JSON shows it: lower case (<c>pending</c>, <c>dead</c>).</summary>
    public static string Name<TState>(TState state) where TState : struct, Enum =>
        state.ToString().ToLowerInvariant();
}
