using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// MMP004 and MMP006 on constants stored in generated properties, wherever they are stored (initializers,
/// later assignments, objects that are never sent): the value is known, so is the rule's answer.
/// </summary>
public sealed class ValueRuleTests
{
    private static Task AppsFlyerMember(string member, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { {{member}}, {{Code.AppsFlyerRequired}} };
            """), expected);

    [Fact]
    public Task An_ip_longer_than_the_vendor_allows_breaks_each_rule_as_Validate_reports_it() =>
        AppsFlyerMember("""Ip = {|#0:"192.168.100.100.1"|}""",
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'ip' must be at most 16 characters long; it is \"192.168.100.100.1\"."),
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("""
                'ip' must match ^(([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1})\.([1-2]{0,1}[0-9]{0,1}[0-9]{1}))$; it is "192.168.100.100.1".
                """),
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'ip' must be a valid ipv4; it is \"192.168.100.100.1\"."));

    [Fact]
    public Task A_partner_id_that_breaks_the_rules_of_each_item() =>
        AppsFlyerMember("""SharingFilter = new[] { "twitter", {|#0:""|} }""",
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("each item of 'sharing_filter' must be at least 1 character long; it is \"\"."));

    [Fact]
    public Task Open_object_values_of_the_wrong_JSON_type_under_a_key_pattern() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var details = new AffiseEventDetails
                    {
                        AffiseEventName = "CustomId03",
                        AffiseEventData = new MmpAttributes
                        {
                            ["affise_event_custom_id_03"] = {|#0:3|},
                            ["affise_event_custom_id_03_timestamp"] = {|#1:"yesterday"|},
                            ["affise_event_custom_id_04"] = "label",
                            ["affise_event_custom_id_04_timestamp"] = 1688046085325,
                            ["something_else"] = 1.5m,
                        },
                    };
            """),
            Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'affise_event_custom_id_03' must be a string; it is 3."),
            Verify.Diagnostic("MMP004").WithLocation(1).WithArguments("'affise_event_custom_id_03_timestamp' must be an integer; it is \"yesterday\"."));

    [Theory]
    [InlineData("""EventCurrency = {|MMP004:"usd"|}""")]
    [InlineData("""Idfa = {|MMP004:"a7071198-3848-40a5-b3d0-94578d9b0e2a"|}""")]
    [InlineData("""FbLoginId = {|MMP004:"fb-10293847561029384"|}""")]
    [InlineData("""Att = {|MMP004:4|}""")]
    [InlineData("""ConsentData = new AppsFlyerConsentData { Tcf = new AppsFlyerTcfConsent { GdprApplies = {|MMP004:2|} } }""")]
    public Task Pattern_and_range_rules(string member) => AppsFlyerMember(member);

    [Theory]
    [InlineData("""SharingFilter = {|MMP004:new string[0]|}""")]
    [InlineData("""SharingFilter = {|MMP004:"none"|}""")]
    public Task Sharing_filter_as_the_generated_record_describes_it(string member) => AppsFlyerMember(member);

    [Theory]
    [InlineData("""SharingFilter = "all" """)]
    [InlineData("""SharingFilter = new[] { "twitter" }""")]
    [InlineData("""EventCurrency = "USD" """)]
    [InlineData("""Ip = "203.0.113.7" """)]
    [InlineData("""Att = 3""")]
    [InlineData("""Idfa = "A7071198-3848-40A5-B3D0-94578D9B0E2A" """)]
    public Task Values_that_keep_the_rules_are_accepted(string member) => AppsFlyerMember(member);

    [Fact]
    public Task An_empty_event_name_breaks_the_minimum_length() =>
        Verify.Diagnostics(Snippet.InMethod("""
                    var evt = new AppsFlyerEvent { AppsflyerId = "1547985076649-5309999", EventName = {|#0:""|}, EventValue = new MmpAttributes() };
            """), Verify.Diagnostic("MMP004").WithLocation(0).WithArguments("'eventName' must be at least 1 character long; it is \"\"."));

    [Fact]
    public Task An_eea_that_is_not_a_consent_flag() =>
        Verify.Diagnostics(Snippet.InMethod("""
                    var alias = new AirbridgeDeviceAlias { Eea = {|#0:(AirbridgeConsentFlag)2|} };
            """), Verify.Diagnostic("MMP004").WithLocation(0)
            .WithArguments("'eea' must be one of 0, 1; it is 2, which AirbridgeConsentFlag does not define."));

    [Fact]
    public Task A_timestamp_in_seconds_given_as_milliseconds() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { EventTimestamp = {|#0:DateTimeOffset.FromUnixTimeMilliseconds(1767225600)|}, {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} };
            """), Verify.Diagnostic("MMP004").WithLocation(0).WithArguments(
            "'eventTimestamp' must be at least 1000000000000; it is 1767225600."));

    [Theory]
    [InlineData("DateTimeOffset.FromUnixTimeSeconds(1767225600)")]
    [InlineData("DateTimeOffset.FromUnixTimeMilliseconds(1767225600000)")]
    [InlineData("DateTimeOffset.UtcNow")]
    public Task Timestamps_in_the_vendor_range_are_accepted(string timestamp) =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { EventTimestamp = {{timestamp}}, {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} };
            """));

    [Fact]
    public Task An_event_uuid_that_is_not_version_4() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AirbridgeAppEvent { EventUUID = {|MMP004:Guid.Parse("9b4b3e4e-2162-1ae6-8986-91ee84644262")|}, {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} };
                    var ok = new AirbridgeAppEvent { EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"), {{Code.AirbridgeUser}}, {{Code.AirbridgeRequired}} };
            """));

    [Fact]
    public Task A_later_assignment_of_a_bad_constant() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { {{Code.AppsFlyerRequired}} };
                    evt.EventCurrency = {|MMP004:"Euro"|};
            """));

    [Fact]
    public Task A_clear_text_email_in_a_hashed_field() =>
        AppsFlyerMember("""EmailHashed = {|#0:"jane@example.com"|}""", Verify.Diagnostic("MMP006").WithLocation(0)
            .WithArguments("'email_hashed' holds an email address in clear text: hash it with MmpHash.Email first."));

    [Theory]
    [InlineData("""PhoneNumberHashed = {|MMP006:"+1 (650) 555-1212"|}""")]
    [InlineData("""PhoneNumberE164Hashed = {|MMP006:"+16505551212"|}""")]
    [InlineData("""FirstNameHashed = {|MMP006:"Jane"|}""")]
    [InlineData("""EmailHashed = {|MMP006:"not a digest"|}""")]
    public Task Clear_text_in_other_hashed_fields(string member) => AppsFlyerMember(member);

    [Theory]
    [InlineData("""EmailHashed = "836f82db99121b3481011f16b49dfa5fbc714a0d1b1b9f784a1ebbbf5b39577f" """)]
    [InlineData("""EmailHashed = MmpHash.Email("jane@example.com")""")]
    [InlineData("""EmailHashed = maybe""")]
    [InlineData("""PhoneNumberHashed = null""")]
    public Task Digests_and_unknown_values_in_hashed_fields_are_accepted(string member) => AppsFlyerMember(member);
}
