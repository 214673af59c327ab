using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace MmpTyped.Analyzers.Tests.Parity;

/// <summary>
/// The analyzer and <c>Validate()</c> agree. Every rule-breaking record of the record tests (each vendor's
/// rule table in tests/MmpTyped.Tests/Records: a valid record with one rule broken in C#) is written back as
/// the C# initializer that builds it with constants, compiled, and analyzed: the analyzer's diagnostics must
/// be exactly <c>Validate()</c>'s errors, by code and JSON path, for every code the analyzer checks, and say
/// the same words. A rule the analyzer misses, or one it invents, fails here. Records holding a value C# cannot write (broken on
/// the wire, kept as unread JSON) are left out: no constant can build them.
/// </summary>
public sealed class RuleParityTests
{
    private static readonly Lazy<Dictionary<string, Func<object>>> Cases = new(LoadCases);

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_rule_table_of_the_record_tests_is_read()
    {
        // Five vendor records with rule tables; a renamed table would otherwise silently shrink the test.
        var tables = Cases.Value.Keys.Select(k => k.Split(':')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ValidRecords.Keys.Order(StringComparer.Ordinal), tables);
        var expressible = Cases.Value.Values.Count(c => InitializerWriter.IsExpressible(c()));
        Assert.True(expressible >= 30, $"only {expressible} of {Cases.Value.Count} broken records can be written in C#");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task The_analyzer_reports_what_Validate_reports(string name)
    {
        var record = Cases.Value[name]();
        if (!InitializerWriter.IsExpressible(record))
            return; // broken on the wire: no C# constant holds the value
        var expected = ParityAnalysis.Places(ParityAnalysis.ValidateFindings(record, FixedClock));

        var actual = ParityAnalysis.Places(await ParityAnalysis.AnalyzeAsync(record));

        Assert.True(expected.SequenceEqual(actual),
            $"{name}\nValidate(): {string.Join(", ", expected)}\nanalyzer:   {string.Join(", ", actual)}");
    }

    /// <summary>Each rule says the same thing on both sides: the analyzer's message is <c>Validate()</c>'s, word for word.</summary>
    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task The_analyzer_says_what_Validate_says(string name)
    {
        var record = Cases.Value[name]();
        if (!InitializerWriter.IsExpressible(record))
            return;
        var expected = ParityAnalysis.ExpectedMessages(ParityAnalysis.ValidateFindings(record, FixedClock));

        var actual = ParityAnalysis.Messages(await ParityAnalysis.AnalyzeAsync(record));

        Assert.Equal(expected, actual);
    }

    /// <summary>The clock the record tests validate against (their records' timestamps are near it).</summary>
    private static TimeProvider FixedClock =>
        (TimeProvider)SampleRecords.GetField("Clock", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static Assembly RecordTests { get; } = Assembly.Load("MmpTyped.Tests");

    /// <summary>The valid record each rule table breaks, as its tests build it (a table missing here fails the test).</summary>
    private static readonly Dictionary<string, Func<object>> ValidRecords = new()
    {
        ["AffiseRecordRuleTests.Rules"] = () => Sample("AffisePurchase"),
        ["AirbridgeRecordRuleTests.AppRules"] = () => Sample("AirbridgeAppOrder", SampleNow().AddHours(-1)),
        ["AirbridgeRecordRuleTests.WebRules"] = () => Sample("AirbridgeWebAnonymousView", SampleNow().AddMinutes(-5)),
        ["AppsFlyerPushRecordRuleTests.V1Rules"] = () => Sample("PushV1InAppEvent"),
        ["AppsFlyerPushRecordRuleTests.V2Rules"] = () => Sample("PushV2InAppEvent"),
        ["AppsFlyerRecordRuleTests.Rules"] = () => Sample("AppsFlyerPurchase"),
    };

    private static Type SampleRecords => RecordTests.GetType("MmpTyped.Tests.Records.SampleRecords", throwOnError: true)!;

    private static object Sample(string method, params object[] arguments) =>
        SampleRecords.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;

    private static DateTimeOffset SampleNow() =>
        (DateTimeOffset)SampleRecords.GetField("Now", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>
    /// Every rule table (<c>Dictionary&lt;string, BrokenRule&lt;T&gt;&gt;</c>) of the record tests, each row
    /// applied to the valid record its tests break.
    /// </summary>
    private static Dictionary<string, Func<object>> LoadCases()
    {
        var cases = new Dictionary<string, Func<object>>(StringComparer.Ordinal);
        foreach (var type in RecordTests.GetTypes().Where(t => t.Namespace == "MmpTyped.Tests.Records"))
        {
            foreach (var field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (field.FieldType is not { IsGenericType: true } tableType || tableType.GetGenericTypeDefinition() != typeof(Dictionary<,>)
                    || tableType.GetGenericArguments()[1] is not { IsGenericType: true } ruleType || ruleType.Name != "BrokenRule`1")
                {
                    continue;
                }
                var table = type.Name + "." + field.Name;
                if (!ValidRecords.TryGetValue(table, out var valid))
                    throw new InvalidOperationException($"The rule table {table} has no valid record in the parity test: add it to ValidRecords.");
                var breakProperty = ruleType.GetProperty("Break")!;
                foreach (DictionaryEntry row in (IDictionary)field.GetValue(null)!)
                {
                    var rule = row.Value!;
                    cases.Add($"{table}: {row.Key}", () => ((Delegate)breakProperty.GetValue(rule)!).DynamicInvoke(valid())!);
                }
            }
        }
        return cases;
    }
}
