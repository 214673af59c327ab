using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests;

public sealed class GeneratorsAssemblyTests() : RoslynComponentAssemblyTests("MmpTyped.Generators");
