using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmpTyped.Generators.Events;
using MmpTyped.Generators.Emit;
using MmpTyped.Generators.Model;
using MmpTyped.Generators.Schema;

namespace MmpTyped.Generators;

/// <summary>
/// Turns every <c>*.schema.json</c> passed as an AdditionalFile into typed records with
/// <c>Utf8JsonWriter</c> serializers, <c>Utf8JsonReader</c> parsers and validation, and completes every
/// <c>[MmpEvent]</c> class against its schema.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MmpGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Each schema file is parsed on its own: editing one schema re-parses only that one, and the
        //    parse result is value-equatable, so an edit that changes nothing stops here.
        var schemas = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) =>
                SchemaParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString() ?? ""))
            .WithTrackingName(TrackingNames.ParseSchema);

        context.RegisterSourceOutput(
            schemas.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.SchemaDiagnostics),
            static (output, diagnostics) => Report(output, diagnostics));

        // 2. All schemas together decide the files: shared types are generated once.
        var plan = schemas
            .Select(static (result, _) => result.Model)
            .Where(static model => model is not null)
            .Collect()
            .Select(static (models, _) => GenerationPlan.Create(models!))
            .WithTrackingName(TrackingNames.PlanFiles);

        // The plan's diagnostics name schema values by JSON Pointer; their spans are found in the current texts.
        var schemaTexts = context.AdditionalTextsProvider.Where(static text => text.Path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)).Collect();
        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Diagnostics).Combine(schemaTexts), static (output, pair) =>
            Report(output, pair.Left, SchemaPlaces.Resolver(pair.Right, output.CancellationToken)));

        // 3. One output per file: a file whose model did not change is not emitted again.
        var files = plan
            .SelectMany(static (p, _) => p.Files)
            .WithTrackingName(TrackingNames.GeneratedFiles);

        context.RegisterSourceOutput(files, static (output, file) => Emit(output, file));

        // 4. [MmpEvent] classes, each bound to its schema (a user's file, or a built-in one). Editing one
        //    class re-binds only that class; the index changes only when a schema does.
        var index = schemas
            .Select(static (result, _) => result.Model)
            .Where(static model => model is not null)
            .Collect()
            .Select(static (models, _) => BuiltInSchemas.Merge(models!))
            .WithTrackingName(TrackingNames.SchemaIndex);

        var events = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                EventClassReader.EventAttribute,
                // A struct is matched too, to be told it cannot be an [MmpEvent] (MMP116) rather than ignored.
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax or StructDeclarationSyntax,
                static (syntax, cancellationToken) => EventClassReader.Read(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.EventClass);

        var bindings = events
            .Combine(index)
            .Select(static (pair, _) => EventBinder.Bind(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.BindEvent);

        context.RegisterSourceOutput(bindings, static (output, binding) =>
        {
            Report(output, binding.Diagnostics);
            if (binding.OneVendor is { } oneVendor)
                output.AddSource(binding.HintName, EventRecordEmitter.Emit(oneVendor));
            else if (binding.MultiVendor is { } multiVendor)
                output.AddSource(binding.HintName, EventVendorsEmitter.Emit(multiVendor));
        });
    }

    private static void Emit(SourceProductionContext output, GeneratedFile file)
    {
        var text = file.Type is { } type ? TypeEmitter.Emit(type)
            : file.Enum is { } enumModel ? EnumEmitter.Emit(enumModel)
            : file.Union is { } union ? UnionEmitter.Emit(union)
            : file.View is { } view ? ViewEmitter.Emit(view)
            : RecordTableEmitter.Emit(file.Records!.Value);
        output.AddSource(file.HintName, text);
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, Func<LocationInfo, LocationInfo>? resolve = null)
    {
        foreach (var diagnostic in diagnostics)
            output.ReportDiagnostic(diagnostic.ToDiagnostic(resolve));
    }
}
