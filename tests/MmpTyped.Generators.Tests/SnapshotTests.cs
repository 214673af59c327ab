using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// The generated sources, file by file, against the snapshots in Snapshots/: any change to what the
/// generator writes shows up as a reviewed diff (README.md says how to accept one).
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [MemberData(nameof(TestSchemas.BuiltInIdData), MemberType = typeof(TestSchemas))]
    public void Built_in_schema_generates_its_snapshot(string schemaId)
    {
        var run = GeneratorHarness.Run(TestSchemas.BuiltIn(schemaId));

        Assert.Empty(run.Result.Diagnostics);
        Snapshot.Verify("BuiltIn_" + schemaId, run.Sources);
    }

    [Fact]
    public void Custom_schema_generates_its_snapshot()
    {
        var run = GeneratorHarness.Run(TestSchemas.Custom());

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(
            [
                "Contoso.Pulse.PulseDevice.g.cs",
                "Contoso.Pulse.PulseEvent.g.cs",
                "Contoso.Pulse.PulseEventPlatform.g.cs",
                "Contoso.Pulse.PulseItem.g.cs",
                "MmpTyped.Generated.MmpGeneratedRecords.g.cs",
            ],
            run.HintNames);
        Snapshot.Verify("CustomSchema", run.Sources);
    }
}
