using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MmpTyped.Runtime;
using MmpTyped.Schemas;
using MmpTyped.Tests.Adversarial;
using MmpTyped.Tests.Hostile;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Parsing;

/// <summary>
/// The generated parsers find a member by its name's UTF-8 bytes: a switch on the name's length, then on
/// the byte where names of that length differ most, then one comparison. A name written with escapes is
/// decoded first and goes through the same switch. These tests hold that dispatch to two oracles: the
/// record's own <c>[MmpMember]</c> names (every member of an accepted vendor example lands in its
/// property, none among the unknown members), and the same documents with every member name escaped
/// (the same record, the same unknown members, the same error path).
/// </summary>
public sealed class MemberDispatchTests
{
    /// <summary>Hostile inputs per subject run through the escaped-name comparison (the adversarial suite's own generator).</summary>
    private const int HostileInputsPerSubject = 300;

    public static TheoryData<string> AcceptedExamples() =>
        new(DocumentedExamples.All.Where(e => e.Outcome == ExampleOutcome.Accepted).Select(e => e.ToString()));

    public static TheoryData<string> JsonExamples() =>
        new(DocumentedExamples.All.Where(e => e.Outcome != ExampleOutcome.NotJson).Select(e => e.ToString()));

    public static TheoryData<string> Subjects() => AdversarialTests.Subjects();

    [Theory]
    [MemberData(nameof(AcceptedExamples))]
    public void Every_member_of_an_accepted_example_is_read_into_its_property(string name)
    {
        var example = DocumentedExamples.All.Single(e => e.ToString() == name);
        var record = MmpSchemaCatalog.Get(example.SchemaId).Parse(example.Bytes);

        var objects = GeneratedObjects(record).ToList();
        foreach (var item in objects)
        {
            var known = KnownNames(item.GetType());
            var misplaced = Unknown(item).Select(m => m.Key).Where(known.Contains).ToList();
            Assert.True(misplaced.Count == 0, $"{item.GetType().Name}: known members read as unknown: {string.Join(", ", misplaced)}");
        }
        // Not vacuous: the example's members were read into properties.
        var set = objects.Sum(item => item.GetType().GetProperties().Count(p => p.GetCustomAttribute<MmpMemberAttribute>() is not null && p.GetValue(item) is not null));
        Assert.True(set >= 3, $"only {set} members read into properties");
    }

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public void An_example_with_escaped_member_names_reads_as_it_does_plain(string name)
    {
        var example = DocumentedExamples.All.Single(e => e.ToString() == name);
        var subject = Subject.All.First(s => s.SchemaId == example.SchemaId);
        AssertSameOutcome(subject, example.Bytes, name);
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Hostile_inputs_with_escaped_member_names_read_as_they_do_plain(string name)
    {
        var subject = Subject.All.Single(s => s.Name == name);
        var inputs = new HostileInputs(subject.SchemaId);
        var compared = 0;
        for (var i = 0; i < HostileInputsPerSubject; i++)
        {
            var input = inputs.Next(i);
            if (AssertSameOutcome(subject, input.Bytes, input.Description))
                compared++;
        }
        Assert.True(compared >= HostileInputsPerSubject / 2, $"only {compared} inputs had a member name to escape");
    }

    /// <summary>Parses <paramref name="json"/> as it is and with its member names escaped; false when no name could be escaped.</summary>
    private static bool AssertSameOutcome(Subject subject, byte[] json, string what)
    {
        var escaped = EscapeMemberNames(json);
        if (escaped.AsSpan().SequenceEqual(json))
            return false;
        var plainOk = subject.TryParse(json, out var plain, out var plainError);
        var escapedOk = subject.TryParse(escaped, out var fromEscaped, out var escapedError);
        Assert.True(plainOk == escapedOk, $"{what}: plain {(plainOk ? "parsed" : plainError!.ToString())}, escaped {(escapedOk ? "parsed" : escapedError!.ToString())}");
        if (!plainOk)
        {
            // The byte offset moves with the escapes; the code and the path do not.
            Assert.Equal(plainError!.Code, escapedError!.Code);
            Assert.Equal(plainError.Path, escapedError.Path);
            return true;
        }
        var plainJson = JsonNode.Parse(MmpJson.Serialize(plain!));
        var escapedJson = JsonNode.Parse(MmpJson.Serialize(fromEscaped!));
        Assert.True(JsonNode.DeepEquals(plainJson, escapedJson), $"{what}: the records differ\nplain:   {plainJson}\nescaped: {escapedJson}");
        Assert.Equal(UnknownNames(plain!), UnknownNames(fromEscaped!));
        return true;
    }

    /// <summary>
    /// The document with the first byte of every plain ASCII member name written as a <c>\u00XX</c> escape
    /// (the same JSON to any reader); where the input stops being JSON, the rest is copied as it is.
    /// </summary>
    internal static byte[] EscapeMemberNames(byte[] json)
    {
        var output = new List<byte>(json.Length + 64);
        var copied = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.ValueSpan.IsEmpty || reader.ValueSpan[0] >= 0x80)
                    continue;
                var first = checked((int)reader.TokenStartIndex) + 1;
                output.AddRange(json.AsSpan(copied, first - copied));
                output.AddRange(Encoding.ASCII.GetBytes($"\\u{json[first]:X4}"));
                copied = first + 1;
            }
        }
        catch (JsonException)
        {
            // Not JSON from here on: the rest is copied unchanged.
        }
        output.AddRange(json.AsSpan(copied));
        return [.. output];
    }

    private static readonly Dictionary<Type, HashSet<string>> s_known = [];

    private static HashSet<string> KnownNames(Type type)
    {
        lock (s_known)
        {
            if (!s_known.TryGetValue(type, out var names))
                s_known[type] = names = type.GetProperties().Select(p => p.GetCustomAttribute<MmpMemberAttribute>()?.JsonName).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return names;
        }
    }

    private static IEnumerable<KeyValuePair<string, MmpValue>> Unknown(object item) =>
        item.GetType().GetProperty("UnknownMembers")?.GetValue(item) as MmpAttributes ?? [];

    /// <summary>The unknown member names of every generated object of a record, each prefixed with its object's path.</summary>
    private static List<string> UnknownNames(object record) =>
        GeneratedObjects(record).SelectMany((item, index) => Unknown(item).Select(m => $"{index}:{item.GetType().Name}.{m.Key}")).ToList();

    /// <summary>The record and every generated object it holds, depth first in member order.</summary>
    private static IEnumerable<object> GeneratedObjects(object item)
    {
        yield return item;
        foreach (var property in item.GetType().GetProperties().Where(p => p.GetCustomAttribute<MmpMemberAttribute>() is not null))
        {
            var value = property.GetValue(item);
            var children = value switch
            {
                null or string => [],
                IEnumerable list when value is not MmpAttributes => list.Cast<object?>().OfType<object>(),
                _ => [value],
            };
            foreach (var child in children.Where(c => c.GetType().GetProperty("UnknownMembers") is not null))
            {
                foreach (var inner in GeneratedObjects(child))
                    yield return inner;
            }
        }
    }
}
