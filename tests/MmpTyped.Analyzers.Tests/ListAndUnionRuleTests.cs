using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// MMP004 for list and union members (AppsFlyer <c>sharing_filter</c>: <c>"all"</c> or a non-empty list). The
/// analyzer reads <c>MinItems</c> and <c>Enum</c> from <c>[MmpMember]</c>; this code declares its own attribute
/// to show the messages on a list member too (ValueRuleTests checks the real AppsFlyerEvent).
/// </summary>
public sealed class ListAndUnionRuleTests
{
    private const string Metadata = """
        namespace MmpTyped.Runtime
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class MmpMemberAttribute(string jsonName) : System.Attribute
            {
                public string JsonName { get; } = jsonName;
                public int MinItems { get; init; } = -1;
                public string[]? Enum { get; init; }
            }
        }

        namespace Vendor
        {
            public sealed class SharingFilter
            {
                public static implicit operator SharingFilter(string value) => new();
                public static implicit operator SharingFilter(string[] value) => new();
            }

            public sealed class Message
            {
                [MmpTyped.Runtime.MmpMember("sharing_filter", MinItems = 1, Enum = new[] { "all" })]
                public SharingFilter? Filter { get; set; }

                [MmpTyped.Runtime.MmpMember("partners", MinItems = 1)]
                public System.Collections.Generic.List<string>? Partners { get; set; }
            }
        }

        """;

    [Fact]
    public Task Empty_lists_and_strings_outside_the_enum_are_rejected() =>
        Verify.DiagnosticsOnOwnMetadata(Metadata + """
            public static class Use
            {
                public static void Run(string[] partners)
                {
                    _ = new Vendor.Message { Filter = {|#0:new string[0]|} };
                    _ = new Vendor.Message { Filter = {|#1:"none"|} };
                    _ = new Vendor.Message { Filter = {|MMP004:System.Array.Empty<string>()|}, Partners = {|MMP004:new()|} };
                    _ = new Vendor.Message { Filter = "all", Partners = new() { "twitter" } };
                    _ = new Vendor.Message { Filter = new[] { "twitter" } };
                    _ = new Vendor.Message { Filter = partners };
                }
            }
            """,
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'sharing_filter' must hold at least 1 item."),
            Verify.Diagnostic("MMP004").WithLocation(1).WithArguments("'sharing_filter' must be one of all; it is \"none\"."));
}
