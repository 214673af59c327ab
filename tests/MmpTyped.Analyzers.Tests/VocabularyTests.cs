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

    [Fact]
    public void The_generator_finds_each_of_its_descriptors_by_id_and_refuses_an_unknown_id()
    {
        var descriptors = typeof(MmpGenerator).Assembly.GetType("MmpTyped.Generators.Descriptors", throwOnError: true)!;
        var lookup = descriptors.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!;

        foreach (var field in descriptors.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
        {
            var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
            Assert.Same(descriptor, lookup.Invoke(null, [descriptor.Id]));
        }
        var mistyped = Assert.Throws<TargetInvocationException>(() => lookup.Invoke(null, ["MMP1O2"]));
        Assert.IsType<ArgumentOutOfRangeException>(mistyped.InnerException);
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
