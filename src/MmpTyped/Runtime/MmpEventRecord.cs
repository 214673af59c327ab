using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace MmpTyped.Runtime;

/// <summary>
/// What an <c>[MmpEvent]</c> class with one vendor needs beside that vendor's generated record, which holds
/// its message: the record writes, parses and validates it; the class copies its own properties into the
/// record's places before each write and out of them after a parse. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpEventRecord
{
    /// <summary>
    /// Whether <paramref name="value"/> differs from what the record holds: only a changed value is set, so
    /// writing an event that did not change leaves its record (and what a parse kept of it) untouched.
    /// </summary>
    public static bool Differs<T>(T current, T value) => !EqualityComparer<T>.Default.Equals(current, value);

    /// <summary>The record of <paramref name="owner"/>, an <c>[MmpEvent]</c> record class that holds <paramref name="storage"/> in a field.</summary>
    public static TRecord Own<TRecord>(ref MmpEventStorage<TRecord> storage, object owner)
        where TRecord : class, IMmpEvent<TRecord> =>
        MmpEventStorage<TRecord>.For(ref storage, owner);

    /// <summary>A record of its own for a copy of an <c>[MmpEvent]</c> record class: <paramref name="record"/> written and read back.</summary>
    public static TRecord Copy<TRecord>(TRecord record)
        where TRecord : class, IMmpEvent<TRecord> =>
        TRecord.Parse(MmpJson.SerializeToUtf8Bytes(record));

    /// <summary>Reads an entry of an open object (custom attributes) as <typeparamref name="T"/>: false when it is absent or of another JSON type.</summary>
    public static bool TryRead<T>(MmpAttributes? bag, string name, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        return bag is not null && bag.TryGetValue(name, out var entry) && TryConvert(entry, out value);
    }

    /// <summary>
    /// Puts a property's value in an open object, keeping its place; a value equal to the entry's leaves the entry
    /// (and its text) as it is. An entry of another JSON type, which a parse could not give the property, stays
    /// while the property still holds its default: it is written back as it came and reported by <see cref="Check"/>.
    /// </summary>
    public static void Put<T>(MmpAttributes bag, string name, T? value)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(bag);
        if (value is not { } set)
            Clear<T>(bag, name);
        else if (TryRead<T>(bag, name, out var current))
        {
            if (!EqualityComparer<T>.Default.Equals(current, set))
                bag[name] = ToValue(set);
        }
        else if (!(EqualityComparer<T>.Default.Equals(set, default) && bag.TryGetValue(name, out var foreign) && foreign.Kind != MmpValueKind.Null))
        {
            bag[name] = ToValue(set);
        }
    }

    /// <summary>Puts a string property's value in an open object, keeping its place.</summary>
    public static void Put(MmpAttributes bag, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(bag);
        if (value is null)
            Clear<string>(bag, name);
        else if (!TryRead<string>(bag, name, out var current) || current != value)
            bag[name] = value;
    }

    /// <summary>
    /// Reports an entry whose JSON type the class's property cannot hold (it came in a parse, which left the
    /// property unset): the record takes any value there, so the class checks its own type.
    /// </summary>
    public static void Check<T>(MmpValidator validator, MmpAttributes? bag, string name)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (bag is null || !bag.TryGetValue(name, out var entry) || entry.Kind == MmpValueKind.Null || TryConvert<T>(entry, out _))
            return;
        validator.Add(MmpErrorCodes.InvalidValue, name,
            string.Create(CultureInfo.InvariantCulture, $"'{name}' must be {Expected<T>()}; it is {MmpChecks.Excerpt(entry)}."));
    }

    /// <summary>
    /// After the record parsed a message: an event name other than the class's means the JSON is another
    /// event, and a name that is not a string (which the record kept in <paramref name="unknown"/>, the unknown
    /// members of the object holding it) is no event name; both are reported at the name's place
    /// (<paramref name="path"/> from the object at <paramref name="start"/>). An absent name is the class's.
    /// </summary>
    public static void CheckEventName(ReadOnlySpan<byte> source, long start, string? name, MmpAttributes? unknown, string expected, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('.');
        if (name == expected || (name is null && unknown?.ContainsKey(segments[^1]) != true))
            return;
        var (offset, token) = Find(source.Slice((int)start), segments);
        var quoted = $"\"{JsonEncodedText.Encode(expected)}\"";
        throw new MmpParseException("$." + path, start + offset,
            name is null ? $"expected the string {quoted}, found {MmpRead.Describe(token)}" : $"this is the event {MmpRead.Excerpt(name)}, not {quoted}");
    }

    /// <summary>Parses with <paramref name="read"/>; on failure returns false and the error instead of throwing.</summary>
    public static bool TryParse<T>(ReadOnlySpan<byte> utf8Json, MmpReadFunc<T> read, [NotNullWhen(true)] out T? message, [NotNullWhen(false)] out MmpError? parseError)
        where T : class
    {
        try
        {
            message = MmpRead.Document(utf8Json, read);
            parseError = null;
            return true;
        }
        catch (MmpParseException error)
        {
            message = null;
            parseError = error.ToError();
            return false;
        }
    }

    /// <summary>Runs <paramref name="validate"/> with a pooled validator; <paramref name="sizeLimit"/> is the vendor's payload limit in bytes, if it has one.</summary>
    public static MmpValidationResult Validate<T>(T message, TimeProvider time, Action<T, MmpValidator> validate, int? sizeLimit = null)
        where T : IMmpEvent
    {
        ArgumentNullException.ThrowIfNull(validate);
        var validator = MmpValidator.Rent(time);
        try
        {
            validate(message, validator);
            // Measured by writing it, which a value JSON cannot carry (reported as MMP004) would make throw.
            if (sizeLimit is int limit && !validator.Has(MmpErrorCodes.InvalidValue) && MmpJson.MeasureUtf8Length(message) is var size && size > limit)
                validator.Add(MmpErrorCodes.PayloadTooLarge, null, string.Create(CultureInfo.InvariantCulture, $"The payload is {size} bytes; the vendor accepts at most {limit}."));
            return validator.ToResult();
        }
        catch (MmpValidationDepthException)
        {
            // An object graph nested past the validator's depth (a cycle built in code) was reported where it passed it.
            return validator.ToResult();
        }
        finally
        {
            MmpValidator.Return(validator);
        }
    }

    // A property set to null takes out an entry of its own type; JSON null or a value of another type (which
    // the parse could not give the property) stays, written back as it came and reported by Check.
    private static void Clear<T>(MmpAttributes bag, string name)
    {
        if (TryRead<T>(bag, name, out _))
            bag.Remove(name);
    }

    private static bool TryConvert<T>(MmpValue entry, [MaybeNullWhen(false)] out T value)
    {
        object? converted = null;
        if (typeof(T) == typeof(string))
            converted = entry.AsString();
        else if (typeof(T) == typeof(bool))
            converted = entry.AsBoolean();
        else if (entry.TryGetDecimal(out var number))
        {
            if (typeof(T) == typeof(decimal))
                converted = number;
            else if (typeof(T) == typeof(double))
                converted = double.Parse(entry.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            else if (typeof(T) == typeof(int) && decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue)
                converted = (int)number;
            else if (typeof(T) == typeof(long) && decimal.IsInteger(number) && number is >= long.MinValue and <= long.MaxValue)
                converted = (long)number;
        }
        value = converted is T typed ? typed : default;
        return converted is T;
    }

    private static MmpValue ToValue<T>(T value) => value switch
    {
        bool b => b,
        int i => i,
        long l => l,
        double d => d,
        decimal m => m,
        _ => throw new NotSupportedException($"An open object holds no {typeof(T).Name}."),
    };

    private static string Expected<T>() =>
        typeof(T) == typeof(string) ? "a string"
        : typeof(T) == typeof(bool) ? "true or false"
        : typeof(T) == typeof(int) ? "a whole number (32-bit)"
        : typeof(T) == typeof(long) ? "a whole number (64-bit)"
        : typeof(T) == typeof(decimal) ? "a number (decimal)"
        : "a number (double)";

    // Where the value at `path` starts, and its token, walking the object from its '{'; the record read it already, so it is there.
    private static (long Offset, JsonTokenType Token) Find(ReadOnlySpan<byte> json, string[] path)
    {
        var reader = new Utf8JsonReader(json, MmpRead.Options);
        reader.Read();
        foreach (var segment in path)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(segment);
                reader.Read();
                if (match)
                    break;
                reader.Skip();
            }
        }
        return (reader.TokenStartIndex, reader.TokenType);
    }
}
