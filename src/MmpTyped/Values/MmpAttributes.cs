using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace MmpTyped;

/// <summary>
/// An open JSON object: the vendor's custom-attribute places (Airbridge <c>customAttributes</c>,
/// AppsFlyer <c>eventValue</c>), and the members a parse met that the schema does not know. Keeps
/// insertion order; a key set twice keeps its first place and its last value.
/// <code>new MmpAttributes { ["season"] = "christmas", ["gift"] = true, ["af_revenue"] = 9.99m }</code>
/// </summary>
public sealed class MmpAttributes : IEnumerable<KeyValuePair<string, MmpValue>>
{
    private readonly List<KeyValuePair<string, MmpValue>> _members = [];

    /// <summary>How many members there are.</summary>
    public int Count => _members.Count;

    /// <summary>The value of <paramref name="name"/>; setting adds or replaces it.</summary>
    /// <exception cref="KeyNotFoundException">Getting a name that is not there.</exception>
    public MmpValue this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No attribute named '{name}'.");
        set
        {
            ArgumentNullException.ThrowIfNull(name);
            var index = IndexOf(name);
            if (index >= 0)
                _members[index] = new(name, value);
            else
                _members.Add(new(name, value));
        }
    }

    /// <summary>Adds a member (for collection initializers); a name already there gets the new value.</summary>
    public void Add(string name, MmpValue value) => this[name] = value;

    /// <summary>Finds a member's value.</summary>
    public bool TryGetValue(string name, out MmpValue value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _members[index].Value : default;
        return index >= 0;
    }

    /// <summary>True when a member has this name.</summary>
    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    /// <summary>Removes a member; false when there was none.</summary>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
            return false;
        _members.RemoveAt(index);
        return true;
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
        foreach (var member in _members)
        {
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
    public List<KeyValuePair<string, MmpValue>>.Enumerator GetEnumerator() => _members.GetEnumerator();

    IEnumerator<KeyValuePair<string, MmpValue>> IEnumerable<KeyValuePair<string, MmpValue>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (var i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, name, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }
}
