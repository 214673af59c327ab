using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MmpTyped.Generators.Model;

/// <summary>
/// A diagnostic in a schema file, kept as plain values (a <see cref="Location"/> would pin the
/// compilation and break caching); turned into a <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string FilePath, int Line, int Column, LocationInfo? Source = null)
{
    /// <summary>A diagnostic at a place in C# source (an <c>[MmpEvent]</c> class or one of its properties).</summary>
    public static DiagnosticInfo At(string id, string message, LocationInfo? location) =>
        new(id, message, location?.FilePath ?? "", location?.LineSpan.Start.Line ?? 0, location?.LineSpan.Start.Character ?? 0, location);

    public Diagnostic ToDiagnostic()
    {
        var position = new LinePosition(Line, Column);
        var location = Source?.ToLocation() ?? Location.Create(FilePath, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(Descriptors.For(Id), location, Message);
    }
}
