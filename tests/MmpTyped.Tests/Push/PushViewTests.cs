using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using MmpTyped.AppsFlyer;
using MmpTyped.Runtime;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Push;

/// <summary>
/// One view of both Push API versions: every example of AppsFlyer's help-center article 'Push API V1.0
/// real-time raw data' parses through <see cref="AppsFlyerPush"/> into the right record, and reads with V2.0
/// names exactly as the V2 schema's <c>x-mmp-renamed-from</c> says (the expectation is computed from the schema file, so a rename added there is checked here too).
/// </summary>
public sealed class PushViewTests
{
    public static TheoryData<string> V1Examples() => Named("appsflyer.push.v1");

    public static TheoryData<string> AllPushExamples()
    {
        var data = Named("appsflyer.push.v1");
        foreach (var name in Named("appsflyer.push.v2"))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPushExamples))]
    public void Every_example_is_recognised_as_its_version_and_round_trips(string name)
    {
        var example = DocumentedExamples.Named(name);

        var message = AppsFlyerPush.Parse(example.Bytes);

        var expected = example.SchemaId == "appsflyer.push.v1" ? typeof(AppsFlyerPushV1Message) : typeof(AppsFlyerPushV2Message);
        Assert.IsType(expected, message);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example.Text), JsonNode.Parse(MmpJson.Serialize(message))), "the round trip lost or changed a member");
    }

    [Theory]
    [MemberData(nameof(V1Examples))]
    public void A_V1_message_reads_with_V2_names_through_the_renames(string name)
    {
        var v1 = AppsFlyerPushV1Message.Parse(DocumentedExamples.Named(name).Bytes);
        IAppsFlyerPushMessage view = v1;
        var v1Members = MembersByJsonName(typeof(AppsFlyerPushV1Message));

        foreach (var (jsonName, renamedFrom) in V2Members())
        {
            var expected = Read(v1Members, v1, jsonName) ?? (renamedFrom is null ? null : Read(v1Members, v1, renamedFrom));
            var actual = typeof(IAppsFlyerPushMessage).GetProperty(ViewProperty(jsonName))!.GetValue(view);
            // Enums of the two versions are different C# types with the same vendor strings (and C# names).
            var same = expected?.GetType() == actual?.GetType() ? Equals(expected, actual) : expected?.ToString() == actual?.ToString();
            Assert.True(same, $"{jsonName}: expected {expected ?? "null"}, read {actual ?? "null"}");
        }
    }

    [Fact]
    public void The_renames_reach_the_fields_whose_names_changed()
    {
        // The V1.0 document's re-engagement in-app event (Android), read with V2 names.
        IAppsFlyerPushMessage message = AppsFlyerPush.Parse(DocumentedExamples.Named("appsflyer.push.v1/v1-re-engagement-in-app-events-android.json").Bytes);

        Assert.Equal("ea19****-****-****-****-***********", message.AppsflyerId);
        Assert.Equal(AppsFlyerPushV2MessageRetargetingConversionType.ReEngagement, message.RetargetingConversionType);
        Assert.StartsWith("https://app.appsflyer.com/com.appsflyer.sampleapp?c=re-engagement", message.OriginalUrl, System.StringComparison.Ordinal);
        Assert.Null(message.ApiVersion);
        Assert.Equal(999m, message.TypedEventValue.AfRevenue);
    }

    [Fact]
    public void A_V2_message_reads_through_the_view_as_itself()
    {
        var v2 = AppsFlyerPushV2Message.Parse(DocumentedExamples.Named("appsflyer.push.v2/appsflyer-push-v2-example.json").Bytes);
#pragma warning disable CA1859 // the interface is what is under test
        IAppsFlyerPushMessage view = v2;
#pragma warning restore CA1859

        foreach (var property in typeof(IAppsFlyerPushMessage).GetProperties().Where(p => p.Name != nameof(IAppsFlyerPushMessage.TypedEventValue)))
            Assert.Equal(typeof(AppsFlyerPushV2Message).GetProperty(property.Name)!.GetValue(v2), property.GetValue(view));
        Assert.Equal("1547985076649-5309999", view.AppsflyerId);
        Assert.Equal("2.0", view.ApiVersion);
    }

    [Theory]
    [InlineData("""{"event_type":"install","api_version":"2.0"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"media_source":"x","appsflyer_device_id":"a","api_version":"2.0"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"media_source":"x","event_type":"install","appsflyer_id":"a"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"appsflyer_id":"a","appsflyer_device_id":"a"}""", AppsFlyerPushVersion.V1)]
    [InlineData("""{"media_source":{"deep":[1,2,{"event_type":1}]},"device_category":"phone"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"device_category":"phone","mac":"00:00"}""", AppsFlyerPushVersion.V1)]
    [InlineData("""{"media_source":"organic"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"event_type":"install", "broken""", AppsFlyerPushVersion.V1)]
    [InlineData("""{"\ud800":1,"event_type":"install"}""", AppsFlyerPushVersion.V2)]
    [InlineData("""{"media_source": tru""", AppsFlyerPushVersion.V2)]
    [InlineData("""[]""", AppsFlyerPushVersion.V2)]
    [InlineData("", AppsFlyerPushVersion.V2)]
    public void The_version_follows_the_members_in_any_order(string json, AppsFlyerPushVersion expected)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);

        Assert.Equal(expected, AppsFlyerPush.DetectVersion(bytes));
        // Parsing applies the same rule (to the record it read), and never throws.
        if (AppsFlyerPush.TryParse(bytes, out var message, out _))
            Assert.IsType(expected == AppsFlyerPushVersion.V1 ? typeof(AppsFlyerPushV1Message) : typeof(AppsFlyerPushV2Message), message);
    }

    [Fact]
    public void A_member_name_no_string_can_hold_is_an_error_not_an_exception()
    {
        Assert.False(AppsFlyerPush.TryParse("""{"\ud800":1}"""u8, out _, out var error));

        Assert.Equal(MmpErrorCodes.Unreadable, error.Code);
        Assert.Throws<MmpParseException>(() => AppsFlyerPush.Parse("""{"\ud800":1}"""u8));
    }

    [Fact]
    public void Unreadable_input_is_an_error_naming_the_place_not_an_exception()
    {
        Assert.False(AppsFlyerPush.TryParse("""{"event_type":"install","wifi":[}"""u8, out var message, out var error));

        Assert.Null(message);
        Assert.Equal(MmpErrorCodes.Unreadable, error.Code);
        Assert.Equal("$.wifi", error.Path);
        Assert.Throws<MmpParseException>(() => AppsFlyerPush.Parse("""{"event_type":"install","wifi":[}"""u8));
    }

    private static TheoryData<string> Named(string schemaId) =>
        DocumentedExamples.Names(e => e.SchemaId == schemaId && e.Parses);

    /// <summary>The V2 schema's members and the V1 names they replace, from the schema file itself.</summary>
    private static IEnumerable<(string JsonName, string? RenamedFrom)> V2Members()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "appsflyer.push.v2.schema.json")))!;
        return schema["properties"]!.AsObject().Select(p => (p.Key, (string?)p.Value!["x-mmp-renamed-from"]));
    }

    private static Dictionary<string, PropertyInfo> MembersByJsonName(System.Type type) =>
        type.GetProperties()
            .Where(p => p.GetCustomAttribute<MmpMemberAttribute>() is not null)
            .ToDictionary(p => p.GetCustomAttribute<MmpMemberAttribute>()!.JsonName);

    private static object? Read(Dictionary<string, PropertyInfo> members, object record, string jsonName) =>
        members.TryGetValue(jsonName, out var property) ? property.GetValue(record) : null;

    private static string ViewProperty(string jsonName) =>
        MembersByJsonName(typeof(AppsFlyerPushV2Message))[jsonName].Name;
}
