using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MmpTyped.Analyzers.Flow;

/// <summary>
/// Follows a local that holds a new object through the statements of its block, and decides only when
/// the analyzer sees the object's whole life: it is declared with a creation (or <c>with</c>), then only
/// its members are assigned (<c>evt.User = ...;</c>, as statements of that block), then it is used once as a
/// finished value. Any other use — a call that takes it, a lambda, a branch that assigns it — and the
/// analyzer stays silent: code it does not follow may finish the object.
/// </summary>
internal static class LocalFlow
{
    /// <summary>
    /// The object a local holds at <paramref name="use"/>, its only use besides member assignments before it;
    /// null when the local is used any other way.
    /// </summary>
    public static ObjectState? ResolveSingleUse(ILocalReferenceOperation use, StateBuilder builder)
    {
        if (use.Local.RefKind != RefKind.None || !TryFindDeclaration(use, out var block, out var index, out var initializer))
            return null;
        var state = builder.StateOf(initializer);
        if (state is null)
            return null;
        var useStatement = StatementOf(use, block);
        var seenUse = false;
        for (var i = index + 1; i < block.Operations.Length; i++)
        {
            var statement = block.Operations[i];
            var references = References(statement, use.Local);
            if (references.Count == 0)
                continue;
            if (statement == useStatement)
            {
                if (references.Count != 1 || references[0] != use)
                    return null;
                seenUse = true;
            }
            else if (seenUse || !TryApplyMemberAssignment(statement, references, state, builder))
            {
                return null;
            }
        }
        return seenUse ? state : null;
    }

    /// <summary>
    /// The object a new local holds when it is first used as a finished event (<paramref name="isFinalUse"/>),
    /// after the member assignments before it; null when the local is used any other way, or never so.
    /// </summary>
    public static ObjectState? FollowToFinalUse(IVariableDeclaratorOperation declarator, ObjectState state, StateBuilder builder, System.Func<IOperation, bool> isFinalUse)
    {
        var local = declarator.Symbol;
        if (local.RefKind != RefKind.None
            || declarator.Parent is not IVariableDeclarationOperation { Declarators.Length: 1, Parent: IVariableDeclarationGroupOperation group }
            || group.Parent is not IBlockOperation block)
            return null;
        var index = block.Operations.IndexOf(group);
        var finished = false;
        for (var i = index + 1; i < block.Operations.Length; i++)
        {
            var statement = block.Operations[i];
            var references = References(statement, local);
            if (references.Count == 0)
                continue;
            if (!finished && TryApplyMemberAssignment(statement, references, state, builder))
                continue;
            foreach (var reference in references)
            {
                if (!isFinalUse(reference))
                    return null;
            }
            finished = true;
        }
        return finished ? state : null;
    }

    private static bool TryFindDeclaration(ILocalReferenceOperation use, out IBlockOperation block, out int index, out IOperation initializer)
    {
        for (var current = use.Parent; current is not null; current = current.Parent)
        {
            if (current is not IBlockOperation candidate)
                continue;
            for (var i = 0; i < candidate.Operations.Length; i++)
            {
                if (candidate.Operations[i] is not IVariableDeclarationGroupOperation group)
                    continue;
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(declarator.Symbol, use.Local))
                            continue;
                        block = candidate;
                        index = i;
                        initializer = declarator.Initializer?.Value!;
                        return initializer is not null && group.Declarations.Length == 1 && declaration.Declarators.Length == 1;
                    }
                }
            }
        }
        block = null!;
        index = -1;
        initializer = null!;
        return false;
    }

    /// <summary>Applies <c>local.A.B = value;</c> when that is all the statement does with the local.</summary>
    private static bool TryApplyMemberAssignment(IOperation statement, List<ILocalReferenceOperation> references, ObjectState state, StateBuilder builder)
    {
        if (references.Count != 1
            || statement is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment })
            return false;
        var chain = new List<IPropertySymbol>();
        IOperation? current = target;
        while (current is IPropertyReferenceOperation { Arguments.IsEmpty: true } property)
        {
            chain.Insert(0, property.Property);
            current = property.Instance;
        }
        if (current != references[0])
            return false;
        builder.ApplyAssignment(state, chain.ToArray(), assignment.Value);
        return true;
    }

    private static IOperation? StatementOf(IOperation operation, IBlockOperation block)
    {
        var current = operation;
        while (current.Parent is { } parent && parent != block)
            current = parent;
        return current.Parent == block ? current : null;
    }

    /// <summary>Every read or write of <paramref name="local"/> inside <paramref name="root"/>, lambdas and local functions included.</summary>
    private static List<ILocalReferenceOperation> References(IOperation root, ILocalSymbol local)
    {
        var found = new List<ILocalReferenceOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                found.Add(reference);
            foreach (var child in operation.ChildOperations)
                pending.Push(child);
        }
        found.Reverse();
        return found;
    }
}
