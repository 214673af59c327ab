using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Checks;
using MmpTyped.Analyzers.Flow;
using MmpTyped.Analyzers.Metadata;

namespace MmpTyped.Analyzers;

/// <summary>
/// Reports, as the code is typed, the events a vendor would accept with 200 OK and then drop: MMP001 (no
/// identifier), MMP002 (a field without its companions), MMP004 (a value the vendor refuses), MMP006
/// (clear-text personal data in a hashed field) and MMP008 (an iOS app id without <c>id</c>). It reads the
/// rules from the metadata attributes the generator puts on the records, and decides only what is known
/// at compile time: anything else is left to <c>Validate()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MmpRulesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MissingIdentifier, Descriptors.MissingCompanion, Descriptors.InvalidValue, Descriptors.ClearTextPii, Descriptors.IosAppIdWithoutPrefix);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (MmpSymbols.Resolve(start.Compilation) is not { } symbols)
                return; // MmpTyped is not referenced
            var analysis = new Analysis(new RuleCache(symbols));
            start.RegisterOperationAction(analysis.OnObject, OperationKind.ObjectCreation, OperationKind.With);
            start.RegisterOperationAction(analysis.OnAssignment, OperationKind.SimpleAssignment);
            if (symbols.AppId is not null)
                start.RegisterOperationAction(analysis.OnInvocation, OperationKind.Invocation);
        });
    }

    /// <summary>One compilation's analysis: its caches, and the callbacks that read them.</summary>
    private sealed class Analysis(RuleCache cache)
    {
        private readonly StateBuilder _builder = new(cache);
        private readonly Sinks _sinks = new(cache.Symbols);
        private readonly RuleChecker _rules = new(cache);
        private readonly ValueChecker _values = new(cache);
        private readonly AppIdChecker _appIds = new(cache);

        /// <summary>An event made here: decide its rules if it is used as finished, directly or through a local.</summary>
        public void OnObject(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            if (!cache.Symbols.IsEvent(operation.Type) || IsMemberValue(operation))
                return; // an object inside another is decided with the outermost one
            if (_builder.StateOf(operation) is not { } state)
                return;
            var consumer = Sinks.ConsumerOf(operation, out _);
            if (consumer is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
                state = LocalFlow.FollowToFinalUse(declarator, state, _builder, _sinks.IsFinalUse);
            else if (!_sinks.IsFinalUse(operation))
                return;
            if (state is not null)
                _rules.Check(state, context.ReportDiagnostic);
        }

        public void OnAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Arguments.IsEmpty: true } target)
                _values.Check(target.Property, assignment.Value, context.ReportDiagnostic);
        }

        public void OnInvocation(OperationAnalysisContext context) =>
            _appIds.Check((IInvocationOperation)context.Operation, context.ReportDiagnostic);

        /// <summary>Whether the object is stored in a member of another (an initializer, an assignment) or copied by <c>with</c>.</summary>
        private static bool IsMemberValue(IOperation operation) =>
            Sinks.ConsumerOf(operation, out var last) switch
            {
                ISimpleAssignmentOperation assignment => assignment.Value == last && assignment.Target is IPropertyReferenceOperation or IFieldReferenceOperation,
                IWithOperation with => with.Operand == last,
                _ => false,
            };
    }
}
