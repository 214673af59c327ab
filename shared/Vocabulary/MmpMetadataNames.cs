namespace MmpTyped.Vocabulary;

/// <summary>
/// The metadata names the generator writes and the analyzers read: attribute types (by metadata name) and
/// the values of their timestamp and hash arguments.
/// </summary>
internal static class MmpMetadataNames
{
    public const string RuntimeNamespace = "MmpTyped.Runtime";

    public const string MemberAttribute = RuntimeNamespace + ".MmpMemberAttribute";
    public const string AnyOfAttribute = RuntimeNamespace + ".MmpAnyOfAttribute";
    public const string ItemsAttribute = RuntimeNamespace + ".MmpItemsAttribute";
    public const string KeyTypeAttribute = RuntimeNamespace + ".MmpKeyTypeAttribute";
    public const string IdentifierGroupAttribute = RuntimeNamespace + ".MmpIdentifierGroupAttribute";
    public const string CompanionsAttribute = RuntimeNamespace + ".MmpCompanionsAttribute";
    public const string ExclusiveAttribute = RuntimeNamespace + ".MmpExclusiveAttribute";
    public const string AppIdAttribute = RuntimeNamespace + ".MmpAppIdAttribute";
    public const string EventAttribute = "MmpTyped.MmpEventAttribute";
    public const string FieldAttribute = "MmpTyped.MmpFieldAttribute";
    public const string EventInterface = "MmpTyped.IMmpEvent";
    public const string GenericEventInterface = "MmpTyped.IMmpEvent`1";

    /// <summary>The value of <c>GeneratedCodeAttribute</c>'s tool name on every generated type.</summary>
    public const string GeneratorName = "MmpTyped.Generators";
}

/// <summary>The wire encodings of a timestamp, as <c>[MmpMember(Timestamp = ...)]</c> names them.</summary>
internal static class MmpTimestampKinds
{
    public const string UnixMilliseconds = "unix-ms";
    public const string UnixSecondsOrMilliseconds = "unix-s-or-ms";
    public const string AfDateTime = "af-datetime";
    public const string AfDateTimeOffset = "af-datetime-offset";
}

/// <summary>The clear-text normalisations of a hashed field (<c>x-mmp-hashed</c>, <c>[MmpMember(Hashed = ...)]</c>).</summary>
internal static class MmpHashKinds
{
    public const string Email = "sha256-email";
    public const string Phone = "sha256-phone";
    public const string E164Phone = "sha256-e164-phone";

    /// <summary>The <c>MmpHash</c> method that hashes the clear text of <paramref name="kind"/>: <c>Email</c>, <c>Phone</c>, <c>E164Phone</c> or <c>Name</c>.</summary>
    public static string HelperOf(string? kind) => kind switch
    {
        Email => "Email",
        Phone => "Phone",
        E164Phone => "E164Phone",
        _ => "Name",
    };
}
