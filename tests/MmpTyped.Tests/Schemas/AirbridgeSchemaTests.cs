using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using MmpTyped.Testing;
using NJsonSchema.Validation;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// The rules of the Airbridge S2S schemas (<c>airbridge.app</c>, <c>airbridge.web</c>), each broken once
/// on an otherwise valid payload and checked with the independent validator.
/// </summary>
public sealed class AirbridgeSchemaTests
{
    private const string App = "airbridge.app";
    private const string Web = "airbridge.web";
    private const string CategoryPath = "$.eventData.goal.category";

    // ---------------------------------------------------------------- base payloads

    /// <summary>The in-app "Payload" of Airbridge's help-center page "Send In-app Events": identified by both user id and device UUID.</summary>
    private static JsonNode DocumentedApp() => Example(App, "request-payload.json");

    /// <summary>The in-web "Payload" of Airbridge's help-center page "Send In-web Events": user id, cookie id and tracking data without params.</summary>
    private static JsonNode DocumentedWeb() => Example(Web, "request-payload.json");

    private static JsonNode Example(string schemaId, string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DocumentedExamples.Folder(schemaId), file)))!;

    /// <summary>The least an in-app event needs: a user id, the app and a category.</summary>
    private static JsonNode MinimalApp() => JsonNode.Parse("""
        {
          "user": { "externalUserID": "19443" },
          "app": { "packageName": "com.ab180.co" },
          "eventData": { "goal": { "category": "airbridge.ecommerce.order.completed" } }
        }
        """)!;

    /// <summary>An in-app event identified by the device alone, with the device UUID's companions.</summary>
    private static JsonNode DeviceOnlyApp() => JsonNode.Parse("""
        {
          "device": { "deviceUUID": "2dfca632-86f3-4d22-9746-cdfe7985c471", "deviceModel": "SM-0000", "osName": "Android", "osVersion": "5.0.2" },
          "app": { "packageName": "com.ab180.co" },
          "eventData": { "goal": { "category": "airbridge.user.signup" } }
        }
        """)!;

    /// <summary>The least an in-web event needs without a user id: cookie id, short id and tracking data.</summary>
    private static JsonNode AnonymousWeb() => JsonNode.Parse("""
        {
          "browser": { "clientID": "05609013-bb5a-4594-bbc3-832cb1b87072" },
          "eventData": {
            "shortID": "aef04",
            "trackingData": { "channel": "blog", "params": { "campaign": "ad_campaign" } },
            "goal": { "category": "airbridge.ecommerce.product.viewed" }
          }
        }
        """)!;

    /// <summary>The least an in-web event needs with a user id: nothing else is excused.</summary>
    private static JsonNode MinimalWeb() => JsonNode.Parse("""
        {
          "user": { "externalUserID": "19443" },
          "eventData": { "goal": { "category": "airbridge.ecommerce.product.viewed" } }
        }
        """)!;

    private static JsonNode WithCategory(JsonNode payload, string category)
    {
        payload["eventData"]!["goal"]!["category"] = category;
        return payload;
    }

    private static JsonNode Without(JsonNode payload, string parentPath, string member)
    {
        var parent = parentPath.Length == 0 ? payload : parentPath.Split('.').Aggregate(payload, (node, name) => node[name]!);
        Assert.True(parent.AsObject().Remove(member), $"{parentPath}.{member} was not in the base payload.");
        return payload;
    }

    private static JsonObject Device(JsonNode payload) => payload["device"]!.AsObject();

    private static JsonObject FirstProduct(JsonNode payload) =>
        payload["eventData"]!["goal"]!["semanticAttributes"]!["products"]![0]!.AsObject();

    // ---------------------------------------------------------------- accepted shapes

    [Fact]
    public void Minimal_in_app_event_with_user_id_is_accepted() => SchemaAssert.Accepts(App, MinimalApp());

    [Fact]
    public void In_app_event_identified_by_device_uuid_alone_is_accepted() => SchemaAssert.Accepts(App, DeviceOnlyApp());

    [Fact]
    public void Minimal_in_web_event_with_user_id_is_accepted() => SchemaAssert.Accepts(Web, MinimalWeb());

    [Fact]
    public void In_web_event_with_cookie_id_and_tracking_data_but_no_user_id_is_accepted() =>
        SchemaAssert.Accepts(Web, AnonymousWeb());

    [Fact]
    public void Null_device_uuid_needs_no_companions()
    {
        var payload = MinimalApp();
        payload["device"] = new JsonObject { ["deviceUUID"] = null };
        SchemaAssert.Accepts(App, payload);
    }

    [Fact]
    public void Full_device_with_screen_location_network_and_consent_is_accepted()
    {
        var payload = DocumentedApp();
        var device = Device(payload);
        device["screen"] = new JsonObject { ["density"] = "xxhdpi", ["height"] = 2400, ["width"] = 1080.5 };
        device["location"] = new JsonObject { ["latitude"] = 37.5, ["speed"] = "12" };
        device["network"] = new JsonObject { ["carrier"] = "SKTelecom", ["cellular"] = false, ["wifi"] = true };
        device["alias"] = new JsonObject { ["eea"] = "1", ["adPersonalization"] = "0", ["adUserData"] = "1" };
        device["clientIP"] = "2001:e60:87e3:81d4:cd57:5d52:ee2e:ff8d";
        payload["eventTimestamp"] = 1700000000000L;
        payload["user"]!["attributes"] = new JsonObject { ["age_group"] = "30", ["brand"] = "Nike" };
        SchemaAssert.Accepts(App, payload);
    }

    // ---------------------------------------------------------------- required members

    [Fact]
    public void In_app_event_without_app_is_rejected() =>
        SchemaAssert.Rejects(App, Without(MinimalApp(), "", "app"), "$.app", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void App_without_package_name_is_rejected() =>
        SchemaAssert.Rejects(App, Without(DocumentedApp(), "app", "packageName"), "$.app.packageName", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_app_event_without_event_data_is_rejected() =>
        SchemaAssert.Rejects(App, Without(MinimalApp(), "", "eventData"), "$.eventData", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_app_event_data_without_goal_is_rejected() =>
        SchemaAssert.Rejects(App, Without(MinimalApp(), "eventData", "goal"), "$.eventData.goal", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_app_goal_without_category_is_rejected() =>
        SchemaAssert.Rejects(App, Without(DocumentedApp(), "eventData.goal", "category"), CategoryPath, ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_web_event_without_event_data_is_rejected() =>
        SchemaAssert.Rejects(Web, Without(MinimalWeb(), "", "eventData"), "$.eventData", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_web_event_data_without_goal_is_rejected() =>
        SchemaAssert.Rejects(Web, Without(DocumentedWeb(), "eventData", "goal"), "$.eventData.goal", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void In_web_goal_without_category_is_rejected() =>
        SchemaAssert.Rejects(Web, Without(DocumentedWeb(), "eventData.goal", "category"), CategoryPath, ValidationErrorKind.PropertyRequired);

    // ---------------------------------------------------------------- MMP001: in-app identifier group

    [Fact]
    public void In_app_event_without_user_id_or_device_uuid_is_rejected()
    {
        var payload = Without(DocumentedApp(), "user", "externalUserID");
        Without(payload, "device", "deviceUUID");
        SchemaAssert.Rejects(App, payload, "$", ValidationErrorKind.NotAnyOf);
        SchemaAssert.Rejects(App, payload, "$.user.externalUserID", ValidationErrorKind.PropertyRequired);
        SchemaAssert.Rejects(App, payload, "$.device.deviceUUID", ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void In_app_event_with_neither_user_nor_device_is_rejected() =>
        SchemaAssert.Rejects(App, Without(MinimalApp(), "", "user"), "$", ValidationErrorKind.NotAnyOf);

    [Fact]
    public void Null_device_uuid_does_not_identify_the_event()
    {
        var payload = Without(DeviceOnlyApp(), "", "device");
        payload["device"] = new JsonObject { ["deviceUUID"] = null };
        SchemaAssert.Rejects(App, payload, "$", ValidationErrorKind.NotAnyOf);
    }

    // ---------------------------------------------------------------- MMP002: device UUID companions

    [Fact]
    public void Device_uuid_without_os_version_is_rejected() =>
        SchemaAssert.Rejects(App, Without(DeviceOnlyApp(), "device", "osVersion"), "$.device.osVersion", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void Device_uuid_without_os_name_is_rejected() =>
        SchemaAssert.Rejects(App, Without(DeviceOnlyApp(), "device", "osName"), "$.device.osName", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void Device_uuid_without_device_model_is_rejected() =>
        SchemaAssert.Rejects(App, Without(DeviceOnlyApp(), "device", "deviceModel"), "$.device.deviceModel", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void Device_uuid_with_a_null_device_model_is_rejected()
    {
        var payload = DeviceOnlyApp();
        Device(payload)["deviceModel"] = null;
        SchemaAssert.Rejects(App, payload, "$.device", ValidationErrorKind.NotAnyOf);
    }

    [Fact]
    public void Device_uuid_companion_rule_holds_even_with_a_user_id()
    {
        var payload = Without(DocumentedApp(), "device", "osVersion");
        SchemaAssert.Rejects(App, payload, "$.device", ValidationErrorKind.NotAnyOf);
    }

    // ---------------------------------------------------------------- MMP001: in-web "unless user.externalUserID"

    [Theory]
    [InlineData("", "browser", "$.browser")]
    [InlineData("browser", "clientID", "$.browser.clientID")]
    [InlineData("eventData", "shortID", "$.eventData.shortID")]
    [InlineData("eventData", "trackingData", "$.eventData.trackingData")]
    [InlineData("eventData.trackingData", "channel", "$.eventData.trackingData.channel")]
    [InlineData("eventData.trackingData", "params", "$.eventData.trackingData.params")]
    public void In_web_event_without_user_id_needs_every_attribution_field(string parent, string member, string path)
    {
        var payload = Without(AnonymousWeb(), parent, member);
        SchemaAssert.Rejects(Web, payload, "$", ValidationErrorKind.NotAnyOf);
        SchemaAssert.Rejects(Web, payload, path, ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void In_web_tracking_data_without_params_is_rejected_when_no_user_id_excuses_it() =>
        SchemaAssert.Rejects(Web, Without(DocumentedWeb(), "user", "externalUserID"), "$.eventData.trackingData.params", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void Null_user_id_does_not_excuse_the_cookie_id()
    {
        var payload = Without(AnonymousWeb(), "browser", "clientID");
        payload["user"] = new JsonObject { ["externalUserID"] = null };
        SchemaAssert.Rejects(Web, payload, "$", ValidationErrorKind.NotAnyOf);
    }

    // ---------------------------------------------------------------- MMP004: category

    [Theory]
    [InlineData(App)]
    [InlineData(Web)]
    public void Custom_category_of_letters_digits_and_underscores_is_accepted(string schemaId)
    {
        var payload = schemaId == App ? MinimalApp() : MinimalWeb();
        SchemaAssert.Accepts(schemaId, WithCategory(payload, "purchase_complete_2"));
        SchemaAssert.Accepts(schemaId, WithCategory(payload, new string('a', 128)));
    }

    [Theory]
    [InlineData(App)]
    [InlineData(Web)]
    public void Standard_category_in_another_case_is_rejected(string schemaId)
    {
        var payload = schemaId == App ? MinimalApp() : MinimalWeb();
        SchemaAssert.Rejects(schemaId, WithCategory(payload, "airbridge.ecommerce.order.Completed"), CategoryPath, ValidationErrorKind.NotAnyOf);
        SchemaAssert.Rejects(schemaId, WithCategory(payload, "airbridge.ecommerce.order.Completed"), CategoryPath, ValidationErrorKind.NotInEnumeration);
    }

    [Fact]
    public void Custom_category_starting_with_the_airbridge_prefix_is_rejected() =>
        SchemaAssert.Rejects(App, WithCategory(MinimalApp(), "airbridge.myCustomEvent"), CategoryPath, ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Category_with_a_colon_is_rejected() =>
        SchemaAssert.Rejects(App, WithCategory(MinimalApp(), "checkout:step2"), CategoryPath, ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Empty_category_is_rejected() =>
        SchemaAssert.Rejects(App, WithCategory(MinimalApp(), ""), CategoryPath, ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Custom_category_longer_than_128_characters_is_rejected() =>
        SchemaAssert.Rejects(Web, WithCategory(MinimalWeb(), new string('a', 129)), CategoryPath, ValidationErrorKind.StringTooLong);

    // ---------------------------------------------------------------- MMP004: other values

    [Theory]
    [InlineData("ios")]
    [InlineData("android")]
    [InlineData("IOS")]
    public void Os_name_in_another_case_is_rejected(string osName)
    {
        var payload = DeviceOnlyApp();
        Device(payload)["osName"] = osName;
        SchemaAssert.Rejects(App, payload, "$.device.osName", ValidationErrorKind.NotInEnumeration);
    }

    [Theory]
    [InlineData("eea")]
    [InlineData("adPersonalization")]
    [InlineData("adUserData")]
    public void Dma_consent_other_than_the_strings_0_and_1_is_rejected(string member)
    {
        var payload = DocumentedApp();
        Device(payload)["alias"] = new JsonObject { [member] = "yes" };
        SchemaAssert.Rejects(App, payload, $"$.device.alias.{member}", ValidationErrorKind.NotInEnumeration);
        Device(payload)["alias"] = new JsonObject { [member] = 1 };
        SchemaAssert.Rejects(App, payload, $"$.device.alias.{member}", ValidationErrorKind.StringExpected);
    }

    [Theory]
    [InlineData(App)]
    [InlineData(Web)]
    public void Event_uuid_that_is_not_a_uuid_is_rejected(string schemaId)
    {
        var payload = schemaId == App ? DocumentedApp() : DocumentedWeb();
        payload["eventUUID"] = "event-0001";
        SchemaAssert.Rejects(schemaId, payload, "$.eventUUID", ValidationErrorKind.UuidExpected);
    }

    [Fact]
    public void Event_uuid_of_another_uuid_version_is_rejected()
    {
        var payload = DocumentedApp();
        payload["eventUUID"] = "9b4b3e4e-2162-1ae6-8986-91ee84644262";
        SchemaAssert.Rejects(App, payload, "$.eventUUID", ValidationErrorKind.PatternMismatch);
    }

    [Fact]
    public void Upper_case_version_4_event_uuid_is_accepted()
    {
        var payload = DocumentedApp();
        payload["eventUUID"] = "9B4B3E4E-2162-4AE6-8986-91EE84644262";
        SchemaAssert.Accepts(App, payload);
    }

    [Theory]
    [InlineData(App)]
    [InlineData(Web)]
    public void Event_timestamp_in_seconds_is_rejected(string schemaId)
    {
        var payload = schemaId == App ? MinimalApp() : MinimalWeb();
        payload["eventTimestamp"] = 1700000000L;
        SchemaAssert.Rejects(schemaId, payload, "$.eventTimestamp", ValidationErrorKind.NumberTooSmall);
    }

    [Fact]
    public void Event_timestamp_in_microseconds_is_rejected()
    {
        var payload = MinimalApp();
        payload["eventTimestamp"] = 1700000000000000L;
        SchemaAssert.Rejects(App, payload, "$.eventTimestamp", ValidationErrorKind.NumberTooBig);
    }

    [Fact]
    public void Event_timestamp_as_a_date_string_is_rejected()
    {
        var payload = MinimalApp();
        payload["eventTimestamp"] = "2020-02-06 16:06:49";
        SchemaAssert.Rejects(App, payload, "$.eventTimestamp", ValidationErrorKind.IntegerExpected);
    }

    [Fact]
    public void Screen_sent_as_a_string_is_rejected()
    {
        var payload = DocumentedApp();
        Device(payload)["screen"] = "1080x2400";
        SchemaAssert.Rejects(App, payload, "$.device.screen", ValidationErrorKind.ObjectExpected);
    }

    [Fact]
    public void Client_ip_that_is_not_an_ip_address_is_rejected()
    {
        var payload = DocumentedApp();
        Device(payload)["clientIP"] = "localhost";
        SchemaAssert.Rejects(App, payload, "$.device.clientIP", ValidationErrorKind.NotAnyOf);
    }

    [Fact]
    public void Product_price_sent_as_a_string_is_rejected()
    {
        var payload = DocumentedApp();
        FirstProduct(payload)["price"] = "10,990";
        SchemaAssert.Rejects(App, payload, "$.eventData.goal.semanticAttributes.products[0].price", ValidationErrorKind.NumberExpected);
    }

    [Fact]
    public void Fractional_product_quantity_is_rejected()
    {
        var payload = DocumentedWeb();
        FirstProduct(payload)["quantity"] = 1.5;
        SchemaAssert.Rejects(Web, payload, "$.eventData.goal.semanticAttributes.products[0].quantity", ValidationErrorKind.IntegerExpected);
    }

    [Fact]
    public void Goal_value_sent_as_a_string_is_rejected()
    {
        var payload = DocumentedWeb();
        payload["eventData"]!["goal"]!["value"] = "159990";
        SchemaAssert.Rejects(Web, payload, "$.eventData.goal.value", ValidationErrorKind.NumberExpected);
    }

    // ---------------------------------------------------------------- shared C# types

    [Fact]
    public void A_type_used_by_both_schemas_has_the_same_shape_in_both()
    {
        var app = TypedObjects(App);
        var web = TypedObjects(Web);
        var shared = app.Keys.Intersect(web.Keys).Order().ToList();

        Assert.Equal(["AirbridgeGoal", "AirbridgeProduct", "AirbridgeSemanticAttributes", "AirbridgeUser"], shared);
        foreach (var name in shared)
            Assert.True(app[name] == web[name], $"{name} differs between {App} and {Web}.");
    }

    /// <summary>Every object schema that names a C# class, by name, as the raw text the file spells it with.</summary>
    private static Dictionary<string, string> TypedObjects(string schemaId)
    {
        var found = new Dictionary<string, string>();
        Collect(JsonDocument.Parse(File.ReadAllText(RepoPaths.SchemaFile(schemaId))).RootElement, found, schemaId);
        return found;

        static void Collect(JsonElement element, Dictionary<string, string> found, string schemaId)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                // Objects only: an enum type (AirbridgeConsentFlag) is shared by members with descriptions of their own.
                if (element.TryGetProperty("x-mmp-type", out var type) && element.TryGetProperty("properties", out _))
                {
                    var text = element.GetRawText();
                    Assert.True(found.TryAdd(type.GetString()!, text) || found[type.GetString()!] == text,
                        $"{schemaId}: {type.GetString()} is used for two different shapes.");
                }
                foreach (var member in element.EnumerateObject())
                    Collect(member.Value, found, schemaId);
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                    Collect(item, found, schemaId);
            }
        }
    }
}
