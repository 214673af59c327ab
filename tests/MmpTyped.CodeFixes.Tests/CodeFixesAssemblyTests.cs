using MmpTyped.Testing;

namespace MmpTyped.CodeFixes.Tests;

public sealed class CodeFixesAssemblyTests() : RoslynComponentAssemblyTests("MmpTyped.CodeFixes");
