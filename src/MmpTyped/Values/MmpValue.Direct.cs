using MmpTyped.Runtime;

namespace MmpTyped;

// The direct writer's side of MmpValue: the same bytes as WriteTo(Utf8JsonWriter).
public readonly partial struct MmpValue
{
    /// <summary>Writes the value as the member <paramref name="name"/> of the object the writer is inside.</summary>
    internal void WriteTo(ref MmpDirectWriter writer, string name)
    {
        // The common attribute, a string, goes with its name in one copy.
        if (Kind == MmpValueKind.String)
        {
            writer.StringAttribute(name, _text!);
            return;
        }
        writer.AttributeName(name);
        WriteTo(ref writer);
    }

    /// <summary>Writes the value straight into UTF-8.</summary>
    internal void WriteTo(ref MmpDirectWriter writer)
    {
        switch (Kind)
        {
            case MmpValueKind.String: writer.StringValue(_text); break;
            case MmpValueKind.Boolean: writer.BooleanValue(_text == "true"); break;
            case MmpValueKind.Json: writer.RawValue(_text!); break;
            case MmpValueKind.Number when _numberForm == 1: writer.NumberValue(_decimal); break;
            case MmpValueKind.Number when _numberForm == 2: writer.NumberValue(_double); break;
            case MmpValueKind.Number: writer.RawValue(_text!); break;
            default: writer.NullValue(); break;
        }
    }
}
