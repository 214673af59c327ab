using System.ComponentModel;

namespace MmpTyped.Runtime;

/// <summary>
/// How a member looked on the wire when it was parsed, so that writing it back gives the same JSON:
/// an explicit <c>null</c>, an empty string, a boolean sent as <c>"true"</c>, a time without
/// milliseconds. Setting the property resets it to <see cref="Default"/>. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum MmpWireForm : byte
{
    /// <summary>The member's own JSON form (or absent when the property is null).</summary>
    Default,

    /// <summary>A required member that was absent from the parsed JSON.</summary>
    Absent,

    /// <summary>An explicit JSON <c>null</c>.</summary>
    Null,

    /// <summary>An empty string standing for "no value".</summary>
    EmptyString,

    /// <summary>A boolean or number sent as a string (<c>"true"</c>, <c>"0.0750"</c>).</summary>
    Quoted,

    /// <summary>A Unix timestamp in seconds rather than milliseconds.</summary>
    Seconds,

    /// <summary>An AppsFlyer time without its <c>.SSS</c> milliseconds.</summary>
    NoFraction,

    /// <summary>A JSON-in-a-string member sent as the object itself.</summary>
    Object,
}
