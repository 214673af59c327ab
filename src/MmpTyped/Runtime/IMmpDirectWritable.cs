using System.ComponentModel;

namespace MmpTyped.Runtime;

/// <summary>
/// A record that writes its JSON straight into UTF-8 (<see cref="MmpDirectWriter"/>), byte for byte what its
/// <see cref="IMmpEvent.WriteTo(System.Text.Json.Utf8JsonWriter)"/> writes; <see cref="MmpJson"/> uses it
/// when a record has it. Generated records implement it. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IMmpDirectWritable
{
    /// <summary>Writes the record as the vendor's JSON, with any unknown members it was parsed with.</summary>
    void WriteTo(ref MmpDirectWriter writer);
}
