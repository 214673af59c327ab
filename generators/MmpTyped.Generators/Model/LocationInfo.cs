using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MmpTyped.Generators.Model;

/// <summary>A place in a source file as plain values, so models holding it stay equatable and pin no syntax tree.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location?.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
