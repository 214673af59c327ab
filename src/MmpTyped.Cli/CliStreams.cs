using System.IO;

namespace MmpTyped.Cli;

/// <summary>The process's standard streams: commands read input from <see cref="Stdin"/> (the file <c>-</c>), write results to <see cref="Stdout"/> and problems to <see cref="Stderr"/>.</summary>
internal sealed record CliStreams(Stream Stdin, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>Writes one problem as exactly one line on stderr, prefixed with <c>mmptyped: </c>; control characters inside it are escaped.</summary>
    public void Problem(string message) =>
        Stderr.WriteLine("mmptyped: " + CliText.Escape(message));
}
