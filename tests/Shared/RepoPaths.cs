using System;
using System.IO;

namespace MmpTyped.Testing;

/// <summary>Finds the repository's folders from a test's output folder, wherever the clone is.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string SchemaFile(string schemaId) => Path.Combine(Schemas, schemaId + ".schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MmpTyped.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"MmpTyped.sln not found above {AppContext.BaseDirectory}.");
    }
}
