using System;
using System.IO;
using System.Text;

namespace MmpTyped.Cli.Tests;

/// <summary>A file under the system's temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(byte[] content)
    {
        File.WriteAllBytes(Path, content);
    }

    public TempFile(string utf8Text)
        : this(Encoding.UTF8.GetBytes(utf8Text))
    {
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; } = NewPath();

    /// <summary>A path in the temp folder where no file is.</summary>
    public static string NewPath() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mmptyped-cli-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(Path);
}
