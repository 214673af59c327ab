using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace MmpTyped.Sandbox.Inspection;

/// <summary>The JSON of <c>GET /_sandbox/events</c>: an array, one object per request in arrival order.</summary>
internal static class EventsJson
{
    public static byte[] Write(IReadOnlyList<SandboxEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var entry in events)
            {
                writer.WriteStartObject();
                writer.WriteString("vendor", entry.Vendor);
                writer.WriteString("outcome", entry.Outcome);
                writer.WriteString("reason", entry.Reason);
                writer.WriteNumber("status", entry.Status);
                writer.WriteString("body", entry.Body);
                writer.WriteString("receivedAt", entry.ReceivedAt);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
