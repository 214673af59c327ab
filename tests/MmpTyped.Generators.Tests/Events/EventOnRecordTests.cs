using System;
using System.Linq;
using System.Text.Json.Nodes;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests.Events;

/// <summary>
/// A one-vendor [MmpEvent] class is built on its vendor's generated record: the record holds the message, so
/// the class writes what the record writes, keeps what the record keeps, and its generated half is only its own
/// members and the envelope's one-line forwards.
/// </summary>
public sealed class EventOnRecordTests : IDisposable
{
    private readonly LoadedAssembly _assembly = LoadedAssembly.Generate(OnRecordSources.Classes);

    public void Dispose() => _assembly.Dispose();

    private object Call(string scenario, params object[] arguments) => _assembly.Call("Shop.OnRecord.OnRecord", scenario, arguments)!;

    public static TheoryData<string> Examples() => DocumentedExamples.Names(e =>
        e.Parses && e.SchemaId is "airbridge.app" or "airbridge.web" or "appsflyer.s2s" or "affise.s2s");

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_documented_example_is_written_by_the_class_exactly_as_by_the_vendor_record(string name)
    {
        var example = DocumentedExamples.Named(name);
        var json = AsThisEvent(example.SchemaId, example.Text);

        var both = (string[])Call("Both", example.SchemaId, json);

        Assert.Equal(both[1], both[0]);
        // Not vacuous: the class read the example's own values out of the record.
        Assert.Equal(Expected(example.SchemaId, JsonNode.Parse(json)!), (string)Call("Read", example.SchemaId, json));
    }

    [Fact]
    public void The_same_data_set_in_code_gives_the_class_and_the_record_the_same_bytes()
    {
        var both = (string[])Call("BuiltInCode");

        Assert.Equal(both[1], both[0]);
        Assert.Contains("\"transactionID\":\"12939172\"", both[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_then_write_keeps_every_byte_with_unknown_members_in_the_envelope_and_the_event_slot()
    {
        // Unknown members at the root, in eventData, goal, semanticAttributes; custom attributes in an order the
        // class does not declare; numbers in forms a decimal would write otherwise.
        const string Json = """{"x":[1,{"y":2}],"user":{"externalUserID":"u","z":true},"app":{"packageName":"p"},"eventData":{"w":"kept","goal":{"category":"airbridge.ecommerce.order.completed","value":5.10,"label":"l","semanticAttributes":{"transactionID":"o-1","cartID":"c"},"customAttributes":{"other":1e2,"coupon":"C","z":null}}},"tail":0}""";

        var first = (string[])Call("Both", "airbridge.app", Json);
        var again = (string[])Call("Both", "airbridge.app", first[0]);

        // The record writes its known members first, in schema order, then the unknown ones: the class writes the same.
        Assert.Equal(first[1], first[0]);
        Assert.Equal(first[0], again[0]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(first[0])), first[0]);
        Assert.Contains("\"customAttributes\":{\"other\":1e2,\"coupon\":\"C\",\"z\":null}", first[0], StringComparison.Ordinal);
        Assert.Contains("\"value\":5.10", first[0], StringComparison.Ordinal);
        Assert.Equal("5.10|o-1|C", (string)Call("Read", "airbridge.app", Json));
    }

    [Fact]
    public void An_AppsFlyer_eventValue_the_class_does_not_change_is_written_back_as_its_original_text()
    {
        const string Json = """{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":"{ \"af_revenue\": 9.990, \"x\": [1] }"}""";

        var both = (string[])Call("Both", "appsflyer.s2s", Json);

        Assert.Equal(Json, both[0]);
        Assert.Equal("9.990||", (string)Call("Read", "appsflyer.s2s", Json));
    }

    [Fact]
    public void A_custom_attribute_of_the_wrong_JSON_type_is_kept_and_reported_as_before()
    {
        // As the class's own parser did: the value stays (written back as it came) and Validate() names its path.
        const string Json = """{"user":{"externalUserID":"u"},"app":{"packageName":"p"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed","customAttributes":{"coupon":5}}}}""";

        var both = (string[])Call("Both", "airbridge.app", Json);

        Assert.Equal(Json, both[0]);
        Assert.Equal("MMP004 $.eventData.goal.customAttributes.coupon 'coupon' must be a string; it is 5.", (string)Call("Validate", Json));
    }

    [Fact]
    public void A_wrong_typed_entry_of_a_non_nullable_property_stays_until_the_property_is_set()
    {
        const string Json = """{"appsflyer_id":"1547985076649-5309999","eventName":"af_refund","eventValue":"{\"af_revenue\":\"6\"}"}""";

        var refund = (string[])Call("Refund", Json);

        // The parse could not give Revenue "6": its default (0) does not overwrite the value, which is reported.
        Assert.Equal(Json, refund[0]);
        Assert.Equal("MMP004 $.eventValue.af_revenue 'af_revenue' must be a number (decimal); it is \"6\".", refund[1]);
        Assert.Contains("\"eventValue\":\"{\\\"af_revenue\\\":2.5}\"", refund[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", "expected the string \"airbridge.ecommerce.order.completed\", found a number (byte 59)")]
    [InlineData("{}", "expected the string \"airbridge.ecommerce.order.completed\", found an object (byte 59)")]
    [InlineData("\"airbridge.user.signup\"", "this is the event \"airbridge.user.signup\", not \"airbridge.ecommerce.order.completed\" (byte 59)")]
    public void An_event_name_that_is_not_the_class_s_is_a_parse_error_at_its_place_as_before(string name, string reason)
    {
        var json = "{\"app\":{\"packageName\":\"p\"},\"eventData\":{\"goal\":{\"category\":" + name + "}}}";

        Assert.Equal("MMP100 $.eventData.goal.category " + reason, (string)Call("ParseError", json));
        Assert.Equal("parsed", (string)Call("ParseError", """{"app":{"packageName":"p"},"eventData":{"goal":{}}}"""));
    }

    [Fact]
    public void A_record_class_copied_with_with_does_not_share_its_message_with_the_original()
    {
        var written = (string[])Call("WithCopy");

        Assert.Equal(written[0], written[1]);
        Assert.Contains("\"externalUserID\":\"u-1\"", written[1], StringComparison.Ordinal);
        Assert.DoesNotContain("externalUserID", written[2], StringComparison.Ordinal);
        Assert.Contains("\"referrer\":\"ads\"", written[2], StringComparison.Ordinal);
        Assert.Contains("\"referrer\":\"newsletter\"", written[1], StringComparison.Ordinal);
        // The copy took the message as it was at the 'with', not as the original changed it afterwards.
        Assert.Contains("\"externalUserID\":\"u-1\"", written[3], StringComparison.Ordinal);
        Assert.Contains("\"referrer\":\"later\"", written[3], StringComparison.Ordinal);
        Assert.Contains("\"externalUserID\":\"u-2\"", written[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_writing_one_parsed_event_at_once_all_write_its_bytes()
    {
        const string Json = """{"app":{"packageName":"p"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed","value":1.50,"customAttributes":{"a":1,"coupon":"C","b":[2]}}}}""";

        var results = (string[])Call("Concurrent", Json, 64);

        Assert.All(results, r => Assert.Equal(Json, r));
    }

    /// <summary>
    /// The generated half is the class's own members plus a constant: each envelope member is a one-line forward
    /// (with its doc and rule attributes), nothing of the envelope's writing, reading or validation is repeated.
    /// The bound below failed by a factor of 5 to 10 when the class re-emitted the envelope (877 to 2,565 lines).
    /// </summary>
    [Fact]
    public void A_one_vendor_class_generates_its_own_members_plus_a_constant()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(EventSources.Purchases));
        var ownProperties = new[] { ("AirbridgeOrder", 5), ("WebSignup", 1), ("AppsFlyerOrder", 3), ("AffiseOrder", 4) };

        foreach (var (name, own) in ownProperties)
        {
            var text = run.Sources.Single(s => s.HintName == $"Shop.Events.{name}.g.cs").Text;
            var lines = text.Split('\n').Length - 1;
            var forwards = text.Split('\n').Count(l => l.Contains("{ get => __message.", StringComparison.Ordinal));

            // 4 lines per forward (doc, attribute, property, blank), 6 per own property (read out, synced, checked),
            // 120 for Parse/TryParse/ReadFrom/WriteTo/Validate/BuildUrl, the class's frame and a record's copy constructor.
            Assert.True(lines <= 120 + 4 * forwards + 6 * own, $"{name}: {lines} lines for {forwards} forwards and {own} own properties");
            Assert.True(forwards > 0, name);
        }
    }

    // The example as an event of the class: its event name, and the custom-attribute place the class always writes.
    private static string AsThisEvent(string schemaId, string text)
    {
        var json = JsonNode.Parse(text)!.AsObject();
        switch (schemaId)
        {
            case "appsflyer.s2s":
                json["eventName"] = "af_purchase";
                json["eventValue"] ??= "{}";
                break;
            case "affise.s2s":
                var affiseEvent = (json["event"] ??= new JsonObject()).AsObject();
                affiseEvent["affise_event_name"] = "Purchase";
                affiseEvent["affise_event_data"] ??= new JsonObject();
                break;
            default:
                var goal = (((json["eventData"] ??= new JsonObject()).AsObject())["goal"] ??= new JsonObject()).AsObject();
                goal["category"] = schemaId == "airbridge.app" ? "airbridge.ecommerce.order.completed" : "signup_completed";
                goal["customAttributes"] ??= new JsonObject();
                break;
        }
        return json.ToJsonString();
    }

    // What the class should have read: the example's values at the class's places, formatted as Read formats them.
    private static string Expected(string schemaId, JsonNode json)
    {
        string V(JsonNode? node) => node is null ? "" : node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        switch (schemaId)
        {
            case "airbridge.app":
                var goal = json["eventData"]!["goal"]!;
                return $"{V(goal["value"])}|{V(goal["semanticAttributes"]?["transactionID"])}|{Text(goal["customAttributes"]!["coupon"])}";
            case "airbridge.web":
                var webGoal = json["eventData"]!["goal"]!;
                return $"{V(webGoal["value"])}|{Text(webGoal["customAttributes"]!["referrer"])}";
            case "appsflyer.s2s":
                var value = JsonNode.Parse((string)json["eventValue"]! is { Length: > 0 } inner ? inner : "{}")!;
                return $"{Number(value["af_revenue"])}|{Text(value["af_currency"])}|{(value["firstOrder"] is { } first && first.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False ? (first.GetValue<bool>() ? "True" : "False") : "")}";
            default:
                var affise = json["event"]!;
                return $"{V(affise["affise_parameters"]?["affise_p_revenue"])}|{Text(affise["affise_event_data"]!["campaign"])}";
        }

        // An entry of an open object is read only from its own JSON type; any other is left for Validate() to report.
        static string Text(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : "";
        static string Number(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? node.ToJsonString() : "";
    }
}
