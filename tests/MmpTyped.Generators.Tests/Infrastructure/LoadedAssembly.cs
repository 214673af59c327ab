using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>
/// A compilation emitted to memory and loaded into a collectible <see cref="AssemblyLoadContext"/>;
/// MmpTyped.dll resolves from the test's own context, so the generated types implement the very
/// <see cref="IMmpEvent"/> the test sees. Unloaded when disposed.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static LoadedAssembly Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" +
                string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromStream(image));
    }

    /// <summary>A user's source run through the generator, checked to compile, and loaded.</summary>
    public static LoadedAssembly Generate(string source)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));
        run.AssertCompiles();
        return Emit(run.OutputCompilation);
    }

    /// <summary>Calls a public static method of the loaded code (a scenario the source declares).</summary>
    public object? Call(string type, string method, params object?[] arguments) =>
        GetType(type).GetMethod(method)!.Invoke(null, arguments);

    public Type GetType(string fullName) =>
        Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Unload();
}
