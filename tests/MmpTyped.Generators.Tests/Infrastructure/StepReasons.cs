using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>Reads the generator's tracked steps (the names in generators/MmpTyped.Generators/TrackingNames.cs).</summary>
internal static class StepReasons
{
    public const string ParseSchema = "ParseSchema";
    public const string SchemaDiagnostics = "SchemaDiagnostics";
    public const string PlanFiles = "PlanFiles";
    public const string GeneratedFiles = "GeneratedFiles";

    public const string SchemaIndex = "SchemaIndex";
    public const string EventClass = "EventClass";
    public const string BindEvent = "BindEvent";

    /// <summary>The schema steps; the [MmpEvent] steps (<see cref="EventClass"/>, <see cref="SchemaIndex"/>, <see cref="BindEvent"/>) run only when a class has the attribute.</summary>
    public static IReadOnlyList<string> All { get; } = [ParseSchema, SchemaDiagnostics, PlanFiles, GeneratedFiles];

    /// <summary>Every output of a tracked step, with why it was produced; fails when the step was not tracked at all.</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(stepName, out var steps), $"The step '{stepName}' was not tracked.");
        return steps.SelectMany(step => step.Outputs).ToList();
    }

    /// <summary>The outputs of every tracked step and every source output, for the forbidden-object walk.</summary>
    public static IEnumerable<(string Step, object Value)> AllOutputs(GeneratorRun run) =>
        run.Result.TrackedSteps.Concat(run.Result.TrackedOutputSteps)
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs.Select(o => (pair.Key, o.Value))));

    /// <summary>A property of one of the generator's internal models, by reflection (<c>HintName</c>, <c>Model</c>, <c>SchemaId</c>).</summary>
    public static object? Member(object model, string name) =>
        (model.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{model.GetType().Name} has no property {name}."))
        .GetValue(model);
}
