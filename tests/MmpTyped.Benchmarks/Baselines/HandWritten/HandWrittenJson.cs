using System;
using System.Collections.Generic;
using System.Text.Json;

namespace MmpTyped.Benchmarks.Baselines.HandWritten;

/// <summary>What a careful person writes around Utf8JsonWriter once: optional members, and open objects.</summary>
internal static class HandWrittenJson
{
    public static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    public static void OptionalNumber(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value.HasValue)
            writer.WriteNumber(name, value.GetValueOrDefault());
    }

    public static void OptionalNumber(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value.HasValue)
            writer.WriteNumber(name, value.GetValueOrDefault());
    }

    public static void OptionalNumber(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value.HasValue)
            writer.WriteNumber(name, value.GetValueOrDefault());
    }

    public static void OptionalBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value.HasValue)
            writer.WriteBoolean(name, value.GetValueOrDefault());
    }

    public static void OptionalGuid(Utf8JsonWriter writer, JsonEncodedText name, Guid? value)
    {
        if (value.HasValue)
            writer.WriteString(name, value.GetValueOrDefault());
    }

    /// <summary>An open object whose values System.Text.Json read (JsonElement) or a person set (string, number, bool).</summary>
    public static void OpenObject(Utf8JsonWriter writer, Dictionary<string, object?> members)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in members)
        {
            writer.WritePropertyName(name);
            Value(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case JsonElement element: element.WriteTo(writer); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case Dictionary<string, object?> nested: OpenObject(writer, nested); break;
            default: throw new NotSupportedException(value.GetType().FullName);
        }
    }
}
