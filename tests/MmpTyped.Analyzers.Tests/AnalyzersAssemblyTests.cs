using MmpTyped.Testing;

namespace MmpTyped.Analyzers.Tests;

public sealed class AnalyzersAssemblyTests() : RoslynComponentAssemblyTests("MmpTyped.Analyzers");
