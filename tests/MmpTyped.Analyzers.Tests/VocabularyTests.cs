using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MmpTyped.Generators;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// One vocabulary: each code has one name, the same in the runtime's <c>MmpErrorCodes</c>, the analyzers'
/// descriptors and the generator's; a mistyped id is an error of the generator, never another diagnostic.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly Type ErrorCodes = typeof(IMmpEvent).Assembly.GetType("MmpTyped.MmpErrorCodes", throwOnError: true)!;

    [Fact]
    public void Each_analyzer_descriptor_is_named_as_MmpErrorCodes_names_its_code()
    {
        var descriptors = typeof(MmpRulesAnalyzer).Assembly.GetType("MmpTyped.Analyzers.Descriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToList();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, field =>
        {
            var code = ErrorCodes.GetField(field.Name, BindingFlags.Public | BindingFlags.Static);
            Assert.True(code is not null, $"Descriptors.{field.Name} has no MmpErrorCodes.{field.Name}");
            Assert.Equal(code!.GetValue(null), ((DiagnosticDescriptor)field.GetValue(null)!).Id);
        });
    }

    /// <summary>The generated record as the generator's snapshot tests pin it.</summary>
    [Fact]
    public void Generated_code_names_its_codes()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(MmpTyped.Testing.RepoPaths.Root,
            "tests", "MmpTyped.Generators.Tests", "Snapshots", "BuiltIn_airbridge.app", "MmpTyped.Airbridge.AirbridgeAppEvent.g.cs.verified.cs"));

        Assert.Contains("global::MmpTyped.MmpErrorCodes.MissingIdentifier", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"MMP00", text, StringComparison.Ordinal);
    }
}
