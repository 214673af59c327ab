using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using MmpTyped.Runtime;

namespace MmpTyped;

// The direct writer's side of MmpAttributes: the same bytes as WriteTo(Utf8JsonWriter).
public sealed partial class MmpAttributes
{
    /// <summary>Writes the members as a JSON object, straight into UTF-8. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(ref MmpDirectWriter writer)
    {
        writer.StartObject();
        WriteMembers(ref writer);
        writer.EndObject();
    }

    /// <summary>Writes the members into the object <paramref name="writer"/> is inside. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteMembers(ref MmpDirectWriter writer)
    {
        foreach (ref readonly var member in CollectionsMarshal.AsSpan(Members))
            member.Value.WriteTo(ref writer, member.Key);
    }

    /// <summary>
    /// Writes the members into the object <paramref name="writer"/> is inside, except those whose name
    /// <paramref name="written"/> says the object has written itself. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteMembers<TState>(ref MmpDirectWriter writer, TState state, Func<TState, string, bool> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        foreach (ref readonly var member in CollectionsMarshal.AsSpan(Members))
        {
            if (!written(state, member.Key))
                member.Value.WriteTo(ref writer, member.Key);
        }
    }
}
