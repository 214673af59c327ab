using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MmpTyped.Tests.Records;

/// <summary>
/// One rule of a schema, broken on a valid record: the error <see cref="Validate"/> must report
/// (code, JSON path, and a field name its message must mention).
/// </summary>
internal sealed record BrokenRule<T>(string Code, string Path, string Field, Func<T, T> Break)
    where T : class, IMmpEvent<T>;

/// <summary>Ways to break a rule: in C# through the record's properties, or on the wire where C# cannot hold the value.</summary>
internal static class Broken
{
    /// <summary>Breaks the rule by setting properties of the record.</summary>
    public static BrokenRule<T> By<T>(string code, string path, string field, Action<T> change)
        where T : class, IMmpEvent<T> =>
        new(code, path, field, record =>
        {
            change(record);
            return record;
        });

    /// <summary>
    /// Breaks the rule in the record's JSON and parses it back: for values a C# property cannot hold
    /// (an enum string the vendor does not know, a time in another format, text that is not a UUID).
    /// </summary>
    public static BrokenRule<T> OnWire<T>(string code, string path, string field, Action<JsonObject> edit)
        where T : class, IMmpEvent<T> =>
        new(code, path, field, record => Wire.Edit(record, edit));

    /// <summary>The names of a rule table, for <c>MemberData</c>.</summary>
    public static TheoryData<string> Names<T>(IReadOnlyDictionary<string, BrokenRule<T>> rules)
        where T : class, IMmpEvent<T> => new(rules.Keys);
}

/// <summary>Round trips through JSON text, for tests that need a record's wire form.</summary>
internal static class Wire
{
    /// <summary>Writes the record, lets <paramref name="edit"/> change its JSON, and parses the result.</summary>
    public static T Edit<T>(T record, Action<JsonObject> edit) where T : class, IMmpEvent<T>
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(record))!.AsObject();
        edit(json);
        return T.Parse(Utf8(json));
    }

    /// <summary>
    /// The node as UTF-8 JSON, escaping only what JSON requires. (The default encoder writes <c>+</c> as
    /// <c>\u002B</c>, which is the same JSON string but not what the vendors send.)
    /// </summary>
    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(Relaxed));

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
