namespace MmpTyped.Generators.Schema;

/// <summary>
/// The sizes the generator accepts (MMP105 beyond them). Far above any vendor's schema, and low enough
/// that the generated code compiles in seconds: a 20,000-member class or a 10,000-value enum takes the
/// C# compiler minutes and gigabytes, a cost every build of the user's project would pay.
/// </summary>
internal static class SchemaLimits
{
    /// <summary>Characters in one schema file (1 MiB).</summary>
    public const int SchemaChars = 1024 * 1024;

    /// <summary>Properties of one object.</summary>
    public const int PropertiesPerObject = 500;

    /// <summary>Values of one enum.</summary>
    public const int EnumValues = 1000;

    /// <summary>Generated types (objects, enums, unions) of one schema.</summary>
    public const int TypesPerSchema = 500;

    /// <summary>x-mmp-max-age-hours: a century.</summary>
    public const int MaxAgeHours = 24 * 366 * 100;
}
