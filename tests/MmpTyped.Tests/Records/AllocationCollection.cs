namespace MmpTyped.Tests.Records;

/// <summary>
/// Tests that count the bytes a thread allocates run with nothing else in parallel: a <c>Regex</c> used by two
/// threads at once hands the second a new runner (hundreds of bytes), so another test validating the same
/// pattern at that moment would make a zero-allocation test fail at random.
/// </summary>
[Xunit.CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    /// <summary>The collection's name, for <c>[Collection(AllocationCollection.Name)]</c>.</summary>
    public const string Name = "Allocation";
}
