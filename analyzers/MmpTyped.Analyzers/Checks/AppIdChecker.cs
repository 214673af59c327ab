using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Metadata;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Checks;

/// <summary>
/// MMP008: a constant app id made of digits only, passed to a parameter marked <c>[MmpAppId]</c>
/// (<c>AppsFlyerEvent.BuildUrl</c>). The cheap test on the argument runs first, so most calls cost nothing.
/// </summary>
internal sealed class AppIdChecker(RuleCache cache)
{
    public void Check(IInvocationOperation invocation, Action<Diagnostic> report)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: string appId } || !MmpTextChecks.IsBareIosAppId(appId.AsSpan()))
                continue;
            if (!cache.TakesAppId(invocation.TargetMethod.OriginalDefinition))
                return;
            if (argument.Parameter is { } parameter && cache.IsAppId(parameter.OriginalDefinition))
                report(Diagnostic.Create(Descriptors.IosAppIdWithoutPrefix, argument.Value.Syntax.GetLocation(), appId));
        }
    }
}
