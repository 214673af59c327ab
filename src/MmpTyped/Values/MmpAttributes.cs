using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace MmpTyped;

/// <summary>
/// An open JSON object: the vendor's custom-attribute places (Airbridge <c>customAttributes</c>,
/// AppsFlyer <c>eventValue</c>), and the members a parse met that the schema does not know. Keeps
/// insertion order; a key set twice keeps its first place and its last value.
/// <code>new MmpAttributes { ["season"] = "christmas", ["gift"] = true, ["af_revenue"] = 9.99m }</code>
/// An object that came as JSON inside a string (AppsFlyer <c>eventValue</c>, <c>event_value</c>) keeps that
/// text (<see cref="OriginalJson"/>), is read into members only when one is asked for, and is written back
/// as that very text, inside its string, until a member changes.
/// </summary>
public sealed partial class MmpAttributes : IEnumerable<KeyValuePair<string, MmpValue>>
{
    // Past this many members a name → position index replaces the linear search, so that an object
    // with 40,000 members (a hostile or broken message) reads in linear time.
    private const int IndexThreshold = 16;

    private List<KeyValuePair<string, MmpValue>>? _members;
    private Dictionary<string, int>? _index;
    private string? _originalJson;

    // The text a known member of the record that owns this bag came in, where its type would write it
    // otherwise (a time with six fraction digits, money with thirty): like OriginalJson, kept and written
    // back until the member changes. Not a member: not enumerated, counted or validated.
    private Dictionary<string, (string Json, object Value)>? _originals;

    /// <summary>Creates an empty object.</summary>
    public MmpAttributes() => _members = [];

    private MmpAttributes(string originalJson) => _originalJson = originalJson;

    /// <summary>An object over JSON text that has been checked to be one object whose strings all decode.</summary>
    internal static MmpAttributes FromCheckedJson(string json) => new(json);

    /// <summary>
    /// The JSON text this object was read from (the content of the string it came in), exactly as sent;
    /// null for an object built in code, and once a member has been set or removed.
    /// </summary>
    public string? OriginalJson => _originalJson;

    // Read on first use: a parse that never looks inside pays only for the text. Two threads may both
    // read it; one list wins and both see the same members.
    private List<KeyValuePair<string, MmpValue>> Members => _members ?? Materialize();

    /// <summary>How many members there are.</summary>
    public int Count => Members.Count;

    /// <summary>The value of <paramref name="name"/>; setting adds or replaces it.</summary>
    /// <exception cref="KeyNotFoundException">Getting a name that is not there.</exception>
    public MmpValue this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No attribute named '{name}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(name);
            var members = Changing();
            var index = IndexOf(name);
            if (index >= 0)
            {
                members[index] = new(name, value);
                return;
            }
            members.Add(new(name, value));
            _index?.Add(name, members.Count - 1);
        }
    }

    /// <summary>Adds a member (for collection initializers); a name already there gets the new value.</summary>
    public void Add(string name, MmpValue value) => this[name] = value;

    /// <summary>Finds a member's value.</summary>
    public bool TryGetValue(string name, out MmpValue value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? Members[index].Value : default;
        return index >= 0;
    }

    /// <summary>True when a member has this name.</summary>
    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    /// <summary>Removes a member; false when there was none. A known member's kept text (<see cref="KeepOriginal"/>) goes too.</summary>
    public bool Remove(string name)
    {
        _originals?.Remove(name);
        var index = IndexOf(name);
        if (index < 0)
            return false;
        var members = Changing();
        members.RemoveAt(index);
        if (_index is { } positions)
        {
            // Only the members after it moved. Rebuilding the whole index instead made a parser that
            // takes a member out after every value (a member sent again and again) quadratic.
            positions.Remove(name);
            for (var i = index; i < members.Count; i++)
                positions[members[i].Key] = i;
        }
        return true;
    }

    /// <summary>
    /// Keeps the JSON text a known member of the owning record was read from, because its type would write
    /// <paramref name="value"/> differently (<c>1e-400</c> in a <c>decimal</c> reads as 0): the record writes
    /// <paramref name="json"/> back while the member still holds <paramref name="value"/>, and setting the
    /// member (which removes its name here) drops it. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void KeepOriginal(string name, string json, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(value);
        (_originals ??= new(StringComparer.Ordinal))[name] = (json, value);
    }

    /// <summary>The text <see cref="KeepOriginal"/> kept for <paramref name="name"/>, while the member still holds the value read from it. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public bool TryGetOriginal<T>(string name, T value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? json)
        where T : struct
    {
        json = null;
        if (_originals is null || !_originals.TryGetValue(name, out var kept) || kept.Value is not T read)
            return false;
        // A time is the same only with the same offset: it is written in its own offset.
        var same = read is DateTimeOffset time && value is DateTimeOffset current ? time.EqualsExact(current) : read.Equals(value);
        json = same ? kept.Json : null;
        return same;
    }

    /// <summary>Writes the members as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteMembers(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the members into the object <paramref name="writer"/> is inside. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteMembers(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var member in Members)
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>
    /// Writes the members into the object <paramref name="writer"/> is inside, except those whose name
    /// <paramref name="written"/> says the object has written itself. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteMembers<TState>(Utf8JsonWriter writer, TState state, Func<TState, string, bool> written)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(written);
        foreach (var member in Members)
        {
            if (written(state, member.Key))
                continue;
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>Reads a JSON object; the reader stands on its <c>{</c>. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static MmpAttributes ReadFrom(ref Utf8JsonReader reader, ReadOnlySpan<byte> source)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw Runtime.MmpRead.Unexpected(ref reader, "an object");
        var attributes = new MmpAttributes();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            attributes.ReadMember(ref reader, source);
        return attributes;
    }

    /// <summary>Reads one member; the reader stands on its name and ends on the value's last token. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ReadMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> source)
    {
        var name = Runtime.MmpRead.GetString(ref reader);
        try
        {
            reader.Read();
            this[name] = Runtime.MmpRead.Value(ref reader, source);
        }
        catch (Exception error) when (Runtime.MmpRead.IsReadError(error))
        {
            throw Runtime.MmpRead.Within(error, name, reader.BytesConsumed);
        }
    }

    /// <summary>The members, in order.</summary>
    public List<KeyValuePair<string, MmpValue>>.Enumerator GetEnumerator() => Members.GetEnumerator();

    IEnumerator<KeyValuePair<string, MmpValue>> IEnumerable<KeyValuePair<string, MmpValue>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        var members = Members;
        if (members.Count > IndexThreshold)
            return (_index ??= BuildIndex(members)).TryGetValue(name, out var position) ? position : -1;
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].Key, name, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private static Dictionary<string, int> BuildIndex(List<KeyValuePair<string, MmpValue>> members)
    {
        var index = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
            index.TryAdd(members[i].Key, i);
        return index;
    }

    // A change makes the original text stale: from now on the members are written.
    private List<KeyValuePair<string, MmpValue>> Changing()
    {
        var members = Members;
        _originalJson = null;
        return members;
    }

    private List<KeyValuePair<string, MmpValue>> Materialize()
    {
        var utf8 = Encoding.UTF8.GetBytes(_originalJson!);
        List<KeyValuePair<string, MmpValue>> members;
        try
        {
            members = Read(utf8);
        }
        catch (Exception error) when (Runtime.MmpRead.IsReadError(error))
        {
            // Text with a trailing comma (accepted when it was checked) is made strict JSON first, so that
            // the nested values kept as text are valid wherever they are written.
            members = Read(StrictJson(utf8));
        }
        return Interlocked.CompareExchange(ref _members, members, null) ?? members;

        static List<KeyValuePair<string, MmpValue>> Read(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, Runtime.MmpRead.Options);
            reader.Read();
            return ReadFrom(ref reader, utf8)._members!;
        }
    }

    private static byte[] StrictJson(byte[] lenient)
    {
        using var document = JsonDocument.Parse(lenient, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = Runtime.MmpRead.Options.MaxDepth });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(lenient.Length);
        using (var writer = new Utf8JsonWriter(buffer, MmpJson.WriterOptions))
            document.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
