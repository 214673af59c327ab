namespace MmpTyped.Generators;

/// <summary>The names of the pipeline's steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string ParseSchema = nameof(ParseSchema);
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
    public const string PlanFiles = nameof(PlanFiles);
    public const string GeneratedFiles = nameof(GeneratedFiles);
    public const string SchemaIndex = nameof(SchemaIndex);
    public const string EventClass = nameof(EventClass);
    public const string BindEvent = nameof(BindEvent);
}
