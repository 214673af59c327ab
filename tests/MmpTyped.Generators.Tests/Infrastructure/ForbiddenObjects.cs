using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through every field, public or not (so through <c>EquatableArray</c> and
/// <c>ImmutableArray</c> into their elements), and lists where a compiler object sits: an
/// <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="Location"/>, <see cref="SemanticModel"/> or
/// <see cref="Compilation"/> in a pipeline model pins a compilation and defeats caching.
/// </summary>
internal static class ForbiddenObjects
{
    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation)];

    public static IReadOnlyList<string> Find(object? root, string rootName)
    {
        var found = new List<string>();
        Walk(root, rootName, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null || value is string || value is Type || value is Delegate)
            return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is decimal)
            return;
        if (Array.Exists(Forbidden, f => f.IsInstanceOfType(value)))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }
        if (!type.IsValueType && !seen.Add(value))
            return;

        if (value is Array array)
        {
            var index = 0;
            foreach (var item in array)
                Walk(item, $"{path}[{index++}]", seen, found);
            return;
        }
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    continue;
                Walk(field.GetValue(value), $"{path}.{FieldName(field)}", seen, found);
            }
        }
    }

    private static string FieldName(FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.Contains(">k__BackingField", StringComparison.Ordinal)
            ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)]
            : field.Name;
}
