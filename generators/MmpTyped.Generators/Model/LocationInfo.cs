using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Json;

namespace MmpTyped.Generators.Model;

/// <summary>
/// A place in a source file as plain values, so models holding it stay equatable and pin no syntax tree.
/// A place in a schema known only by its JSON Pointer (<see cref="SchemaPointer"/>, from a step that no
/// longer has the file's text) is resolved to its span when reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The JSON Pointer of a schema value still to be found in the file's text; null once the span is known.</summary>
    public string? SchemaPointer { get; init; }

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    /// <summary>The extent of a value read from the schema file at <paramref name="path"/>.</summary>
    public static LocationInfo In(string path, JsonNode node)
    {
        var place = node.Place;
        return new LocationInfo(
            path,
            TextSpan.FromBounds(place.Start, place.End),
            new LinePositionSpan(new LinePosition(place.Line, place.Column), new LinePosition(place.EndLine, place.EndColumn)));
    }

    /// <summary>One character of a schema file (where its JSON breaks off).</summary>
    public static LocationInfo At(string path, int offset, int line, int column) =>
        new(path, new TextSpan(offset, 0), new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column)));

    /// <summary>The value at <paramref name="pointer"/> in the schema file at <paramref name="path"/>, found when reported.</summary>
    public static LocationInfo InSchema(string path, string pointer) =>
        new(path, default, default) { SchemaPointer = pointer };
}
