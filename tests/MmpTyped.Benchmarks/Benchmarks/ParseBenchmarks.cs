using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using MmpTyped.Benchmarks.Baselines;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// One vendor example read from its UTF-8 bytes: the generated Parse against Newtonsoft.Json 13 (through a
/// StreamReader, since it reads characters). The setup checks that each reads what the example says.
/// </summary>
/// <typeparam name="TRecord">The generated record.</typeparam>
/// <typeparam name="TPayload">The plain class Newtonsoft.Json reads.</typeparam>
public abstract class ParseBenchmarks<TRecord, TPayload>
    where TRecord : class, IMmpEvent<TRecord>
    where TPayload : class
{
    /// <summary>The example's bytes, as they arrive.</summary>
    protected byte[] Json { get; private set; } = [];

    /// <summary>The example payload (tests/MmpTyped.Tests/Examples/...).</summary>
    protected abstract string ExamplePath { get; }

    /// <summary>What the payload needs after one Deserialize call (AppsFlyer's JSON-in-a-string members).</summary>
    protected virtual PayloadHooks<TPayload> Hooks { get; } = new();

    [GlobalSetup]
    public virtual void Setup()
    {
        Json = Examples.Read(ExamplePath);
        SemanticJson.AssertEqual(Json, MmpJson.SerializeToUtf8Bytes(Generated()), "Generated Parse, written back");
        SemanticJson.AssertEqual(Json, NewtonsoftWrite(Newtonsoft()), "Newtonsoft.Json, written back", JsonLeniency.NullMembers | JsonLeniency.QuotedScalars);
    }

    [Benchmark]
    public TRecord Generated() => TRecord.Parse(Json);

    [Benchmark]
    public TPayload Newtonsoft()
    {
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(Json)));
        var payload = NewtonsoftJson.Serializer.Deserialize<TPayload>(reader)!;
        Hooks.AfterNewtonsoftRead(payload);
        return payload;
    }

    private static byte[] NewtonsoftWrite(TPayload payload)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        NewtonsoftJson.Serializer.Serialize(text, payload);
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>The same race with System.Text.Json source generation as a third contestant, and the baseline.</summary>
/// <typeparam name="TRecord">The generated record.</typeparam>
/// <typeparam name="TPayload">The plain class System.Text.Json and Newtonsoft.Json read.</typeparam>
public abstract class StjParseBenchmarks<TRecord, TPayload> : ParseBenchmarks<TRecord, TPayload>
    where TRecord : class, IMmpEvent<TRecord>
    where TPayload : class
{
    /// <summary>System.Text.Json's generated metadata for the payload class.</summary>
    protected abstract JsonTypeInfo<TPayload> TypeInfo { get; }

    public override void Setup()
    {
        base.Setup();
        SemanticJson.AssertEqual(Json, JsonSerializer.SerializeToUtf8Bytes(StjSourceGen(), TypeInfo), "System.Text.Json source generation, written back", JsonLeniency.NullMembers);
    }

    /// <summary>
    /// The floor of any parser built on <see cref="Utf8JsonReader"/>: every token read, no value decoded, nothing
    /// allocated. A parser on the reader cannot be faster than this; the ratio shows how much room the reader leaves.
    /// </summary>
    [Benchmark]
    public int ReaderTokensOnly()
    {
        var reader = new Utf8JsonReader(Json);
        var tokens = 0;
        while (reader.Read())
            tokens++;
        return tokens;
    }

    [Benchmark(Baseline = true)]
    public TPayload StjSourceGen()
    {
        var payload = JsonSerializer.Deserialize(Json, TypeInfo)!;
        Hooks.AfterStjRead(payload);
        return payload;
    }
}
