using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;

namespace MmpTyped.Runtime;

/// <summary>Writing helpers for generated serializers; none allocates after warm-up. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpWrite
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_innerBuffer;
    [ThreadStatic] private static Utf8JsonWriter? t_innerWriter;

    /// <summary>Writes what a member without a value looked like when parsed: <c>null</c>, <c>""</c>, or nothing.</summary>
    public static void Absent(Utf8JsonWriter writer, JsonEncodedText name, MmpWireForm form)
    {
        if (form == MmpWireForm.Null)
            writer.WriteNull(name);
        else if (form == MmpWireForm.EmptyString)
            writer.WriteString(name, ReadOnlySpan<byte>.Empty);
    }

    /// <summary>A number written as a string (<c>"0.0750"</c>), the form it was parsed in.</summary>
    public static void Quoted<T>(Utf8JsonWriter writer, JsonEncodedText name, T value) where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var written, default, System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{name} does not fit 64 bytes.");
        writer.WriteString(name, text[..written]);
    }

    /// <summary>A member written as the JSON text it was read from (kept by <see cref="MmpAttributes.KeepOriginal"/>).</summary>
    public static void Original(Utf8JsonWriter writer, JsonEncodedText name, string json)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>A boolean written as <c>"true"</c>/<c>"false"</c> when it was parsed that way.</summary>
    public static void Boolean(Utf8JsonWriter writer, JsonEncodedText name, bool value, MmpWireForm form)
    {
        if (form == MmpWireForm.Quoted)
            writer.WriteString(name, value ? "true"u8 : "false"u8);
        else
            writer.WriteBoolean(name, value);
    }

    /// <summary>An AppsFlyer time: <c>yyyy-MM-dd HH:mm:ss.SSS</c> (UTC), or with the value's offset as <c>+HHmm</c>.</summary>
    public static void AfDateTime(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value, bool withOffset, MmpWireForm form)
    {
        Span<byte> text = stackalloc byte[MmpTimestamp.MaxAfDateTimeLength];
        var length = MmpTimestamp.FormatAfDateTime(value, withOffset, withFraction: form != MmpWireForm.NoFraction, text);
        writer.WriteString(name, text[..length]);
    }

    /// <summary>A Unix time in milliseconds, or in seconds when it was parsed that way.</summary>
    public static void UnixTime(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value, MmpWireForm form)
    {
        if (form == MmpWireForm.Seconds)
            writer.WriteNumber(name, value.ToUnixTimeSeconds());
        else
            writer.WriteNumber(name, value.ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// A <c>unix-s-or-ms</c> time: in seconds when it was parsed that way, and whenever its milliseconds are
    /// below 10^11 in magnitude (before 1973-03-03T09:46:40Z, or the same distance before 1970), because a
    /// reader takes every number of that size as seconds (see <see cref="MmpTimestamp.SmallestMilliseconds"/>);
    /// such a time is written in whole seconds, its milliseconds dropped. Else in milliseconds.
    /// </summary>
    public static void UnixTime(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset value, MmpWireForm form, bool secondsOrMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var milliseconds = value.ToUnixTimeMilliseconds();
        var seconds = form == MmpWireForm.Seconds
            || (secondsOrMilliseconds && milliseconds > -MmpTimestamp.SmallestMilliseconds && milliseconds < MmpTimestamp.SmallestMilliseconds);
        if (seconds)
            writer.WriteNumber(name, value.ToUnixTimeSeconds());
        else
            writer.WriteNumber(name, milliseconds);
    }

    /// <summary>
    /// An object written as a JSON string (AppsFlyer <c>eventValue</c>): the object is written into a
    /// reused buffer, then escaped once as the string's content. An empty object is written as
    /// <c>""</c> where <paramref name="emptyAsEmptyString"/> (the vendor's "no value"), and an object
    /// parsed from its own JSON form is written back as that object.
    /// </summary>
    public static void JsonString(Utf8JsonWriter writer, JsonEncodedText name, MmpAttributes value, bool emptyAsEmptyString, MmpWireForm form)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (form == MmpWireForm.Object)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
            return;
        }
        if (value.OriginalJson is { } original)
        {
            writer.WriteString(name, original);
            return;
        }
        if (value.Count == 0 && emptyAsEmptyString)
        {
            writer.WriteString(name, ReadOnlySpan<byte>.Empty);
            return;
        }
        JsonObjectString(writer, name, value, static (inner, attributes) => attributes.WriteTo(inner), emptyAsEmptyString: false);
    }

    /// <summary>
    /// An object that <paramref name="write"/> writes, as a JSON string (an <c>[MmpEvent]</c> class's
    /// AppsFlyer <c>eventValue</c>); an object with no members is written as <c>""</c>, the vendor's "no value".
    /// </summary>
    public static void JsonObjectString<T>(Utf8JsonWriter writer, JsonEncodedText name, T state, Action<Utf8JsonWriter, T> write, bool emptyAsEmptyString = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(write);
        var buffer = t_innerBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var inner = t_innerWriter;
        if (inner is null)
            t_innerWriter = inner = new Utf8JsonWriter(buffer, MmpJson.WriterOptions);
        else
            inner.Reset(buffer);
        try
        {
            write(inner, state);
            inner.Flush();
            var json = buffer.WrittenSpan;
            writer.WriteString(name, emptyAsEmptyString && json.SequenceEqual("{}"u8) ? ReadOnlySpan<byte>.Empty : json);
        }
        finally
        {
            inner.Reset();
        }
    }
}
