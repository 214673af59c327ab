using System.Linq;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Model;

/// <summary>
/// A diagnostic as the pipeline carries it: the descriptor (its id, title, message format, help link),
/// where, and the message's arguments, as System.Text.Json's and Mapperly's generators keep theirs. Plain
/// values (a <see cref="Location"/> would pin the compilation and break caching), turned into a
/// <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor, location, arguments.ToEquatableArray());

    /// <summary>
    /// A diagnostic whose descriptor formats the whole message (<c>"{0}"</c>), for the <c>[MmpEvent]</c>
    /// checks, which word each case on its own.
    /// </summary>
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string message, LocationInfo? location) =>
        Create(descriptor, location, message);

    /// <summary>The id, for tests and messages.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The message as the user reads it.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());

    /// <summary>
    /// The Roslyn diagnostic; <paramref name="resolve"/> finds a place known only by its JSON Pointer in the
    /// schema's text (without it such a place is the file's start).
    /// </summary>
    public Diagnostic ToDiagnostic(System.Func<LocationInfo, LocationInfo>? resolve = null)
    {
        var place = Location is { SchemaPointer: not null } pending && resolve is not null ? resolve(pending) : Location;
        return Diagnostic.Create(Descriptor, place?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
    }
}
