using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// What the emitters derive from a member: where its value lives (a generated backing field, or the
/// user's own property), its form field, its C# types, and how to test and read its value.
/// </summary>
internal readonly struct MemberInfo(MemberModel member, string ns)
{
    public MemberModel Model { get; } = member;

    public ValueShape Shape => Model.Shape;

    public string Json => Model.JsonName;

    public string Property => Model.PropertyName;

    public bool IsUser => Model.Source == MemberSource.User;

    public bool IsConstant => Model.Source is MemberSource.Constant or MemberSource.SchemaConstant;

    /// <summary>A schema's <c>const</c>: a parsed message's other value is kept, written back instead, and reported.</summary>
    public bool KeepsOtherValue => Model.Source == MemberSource.SchemaConstant;

    public InlineModel? Inline => Model.Shape.Inline;

    /// <summary>Where the value is stored: the backing field, or the user's property.</summary>
    public string Field => IsUser ? Model.PropertyName : Syntax.FieldName(Model.PropertyName);

    public string EncodedName => Syntax.EncodedName(Model.PropertyName);

    public string Type => Syntax.TypeOf(Model.Shape, ns);

    public string FieldType => Type + "?";

    /// <summary>Required members are non-nullable in C# (and <c>required</c>); the rest are nullable.</summary>
    public string PropertyType => Model.IsRequired ? Type : Type + "?";

    public bool IsValueType => Syntax.IsValueType(Model.Shape);

    /// <summary>A user's property of a non-nullable value type always has a value.</summary>
    public bool AlwaysSet => IsUser && IsValueType && !Model.UserNullable;

    /// <summary>Whether the member remembers its wire form (null, <c>""</c>, a quoted number, seconds, no milliseconds).</summary>
    public bool HasForm => !IsUser && (Model.AllowsNull || Shape.Lenience != Lenience.None
        || Shape.Kind is ValueKind.Timestamp or ValueKind.JsonString);

    public string FormField => Field + "Form";

    /// <summary>Members decoded from a string (enum, UUID, time): text that does not decode is kept as an unknown member.</summary>
    public bool IsDecodedFromText => Shape.Kind is ValueKind.Enum or ValueKind.Guid or ValueKind.JsonString
        || Shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset;

    /// <summary>Whether text that does not decode is an error (MMP004): not for inbound JSON text, which is kept as it came.</summary>
    public bool RejectsUndecodedText => IsDecodedFromText && Shape.Lenience != Lenience.Json;

    /// <summary>C# that is true when the member has a value.</summary>
    public string IsSet => AlwaysSet ? "true" : IsValueType ? $"{Field}.HasValue" : $"{Field} is not null";

    /// <summary>C# for the value, where <see cref="IsSet"/> holds.</summary>
    public string Value => AlwaysSet || !IsValueType ? Field : $"{Field}.GetValueOrDefault()";
}
