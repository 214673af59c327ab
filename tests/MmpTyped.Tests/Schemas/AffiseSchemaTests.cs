using System.Text.Json.Nodes;
using NJsonSchema.Validation;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// The rules of <c>schemas/affise.s2s.schema.json</c> (Affise MMP <c>add_event</c>), each broken once:
/// Affise's help-center articles "Sending events to Affise MMP (S2S)" and on creating installs and events.
/// </summary>
public sealed class AffiseSchemaTests
{
    private const string Schema = "affise.s2s";

    /// <summary>The vendor's "minimal works" body: one device id and an event name.</summary>
    private static JsonNode Minimal() => JsonNode.Parse("""
        {
          "affise_device_id": "3d973489-e784-4f5d-8e51-9bee0ac16b00",
          "event": { "affise_event_name": "CustomId03" }
        }
        """)!;

    /// <summary>Every documented field set, with the types the vendor's examples send.</summary>
    private static JsonNode Full() => JsonNode.Parse("""
        {
          "affise_device_id": "3d973489-e784-4f5d-8e51-9bee0ac16b00",
          "random_user_id": "7ea344d0-643d-4670-8e57-e3b9ecb53a00",
          "gaid_adid": "39ae1572-055b-41c9-ba50-87d9e45f47d9",
          "adid": "D8CA4CF9-B475-4FA1-ADEB-8921D2431756",
          "app_id": "999",
          "first_open_time": 1717611637000,
          "event": {
            "affise_event_id": "780df130-2302-4037-a628-ae087bcb2923",
            "affise_event_name": "CustomId03",
            "affise_event_timestamp": 1688046085325,
            "affise_event_first_for_user": true,
            "affise_event_user_data": "any_string",
            "affise_event_data": {
              "affise_event_custom_id_03": "any_name",
              "affise_event_custom_id_03_timestamp": 1688046085325
            },
            "affise_parameters": {
              "affise_p_content_ids": [123, 789],
              "affise_p_content_id": "name",
              "affise_p_content_type": "type",
              "affise_p_content_list": [{ "key": "name" }, { "value": "value" }],
              "affise_p_currency": "USD",
              "affise_p_quantity": 6,
              "affise_p_price": 0.05,
              "affise_p_revenue": 0.3,
              "affise_p_conversion_id": "123",
              "affise_p_customer_type": "new",
              "affise_p_customer_user_id": "user-42"
            }
          }
        }
        """)!;

    private static JsonNode Event(JsonNode payload) => payload["event"]!;

    private static JsonNode EventData(JsonNode payload) => payload["event"]!["affise_event_data"]!;

    private static JsonNode Parameters(JsonNode payload) => payload["event"]!["affise_parameters"]!;

    /// <summary>The full payload with one member of an object replaced (or added).</summary>
    private static JsonNode FullWith(System.Func<JsonNode, JsonNode> target, string member, JsonNode? value)
    {
        var payload = Full();
        target(payload)[member] = value;
        return payload;
    }

    private static JsonNode Root(JsonNode payload) => payload;

    [Fact]
    public void Minimal_payload_with_a_device_id_and_an_event_name_is_accepted() =>
        SchemaAssert.Accepts(Schema, Minimal());

    [Fact]
    public void Payload_with_every_documented_field_is_accepted() =>
        SchemaAssert.Accepts(Schema, Full());

    // MMP001: the device must be named by at least one identifier.

    [Theory]
    [InlineData("affise_device_id")]
    [InlineData("random_user_id")]
    [InlineData("gaid_adid")]
    [InlineData("adid")]
    [InlineData("gaid")]
    public void Any_one_device_identifier_alone_names_the_device(string identifier)
    {
        var payload = JsonNode.Parse("""{ "event": { "affise_event_name": "Purchase" } }""")!;
        payload[identifier] = "39ae1572-055b-41c9-ba50-87d9e45f47d9";
        SchemaAssert.Accepts(Schema, payload);
    }

    [Fact]
    public void Payload_without_any_device_identifier_is_rejected()
    {
        var payload = Minimal();
        payload.AsObject().Remove("affise_device_id");
        SchemaAssert.Rejects(Schema, payload, "$", ValidationErrorKind.NotAnyOf);
    }

    [Fact]
    public void Null_device_id_does_not_count_as_an_identifier()
    {
        var payload = Minimal();
        payload["affise_device_id"] = null;
        SchemaAssert.Rejects(Schema, payload, "$", ValidationErrorKind.NotAnyOf);
    }

    [Fact]
    public void Install_fields_without_a_device_identifier_are_rejected()
    {
        var payload = JsonNode.Parse("""
            { "app_id": "999", "first_open_time": 1717611637, "event": { "affise_event_name": "Purchase" } }
            """)!;
        SchemaAssert.Rejects(Schema, payload, "$", ValidationErrorKind.NotAnyOf);
    }

    [Fact]
    public void Device_id_that_is_not_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Root, "random_user_id", 42), "$.random_user_id", ValidationErrorKind.StringExpected);

    [Fact]
    public void Advertising_id_placeholder_that_is_not_a_uuid_is_accepted() =>
        SchemaAssert.Accepts(Schema, FullWith(Root, "adid", "IDFA"));

    // MMP003: event and its name are required.

    [Fact]
    public void Payload_without_event_is_rejected()
    {
        var payload = Minimal();
        payload.AsObject().Remove("event");
        SchemaAssert.Rejects(Schema, payload, "$.event", ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void Event_without_event_name_is_rejected()
    {
        var payload = Full();
        Event(payload).AsObject().Remove("affise_event_name");
        SchemaAssert.Rejects(Schema, payload, "$.event.affise_event_name", ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void Event_that_is_not_an_object_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Root, "event", "Purchase"), "$.event", ValidationErrorKind.ObjectExpected);

    // MMP004: values.

    [Fact]
    public void Empty_event_name_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_name", ""), "$.event.affise_event_name", ValidationErrorKind.StringTooShort);

    [Fact]
    public void Event_name_is_an_open_list_so_an_unlisted_name_is_accepted() =>
        SchemaAssert.Accepts(Schema, FullWith(Event, "affise_event_name", "Deposit"));

    [Fact]
    public void Event_id_that_is_not_a_uuid_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_id", "event-1"), "$.event.affise_event_id", ValidationErrorKind.UuidExpected);

    [Fact]
    public void Event_timestamp_in_seconds_is_accepted() =>
        SchemaAssert.Accepts(Schema, FullWith(Event, "affise_event_timestamp", 1688046085));

    [Fact]
    public void Event_timestamp_as_a_date_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_timestamp", "2023-06-29T13:41:25Z"),
            "$.event.affise_event_timestamp", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Event_timestamp_with_a_fraction_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_timestamp", 1688046085.325),
            "$.event.affise_event_timestamp", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void First_for_user_as_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_first_for_user", "true"),
            "$.event.affise_event_first_for_user", ValidationErrorKind.BooleanExpected);

    [Fact]
    public void User_data_that_is_not_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_user_data", new JsonObject { ["plan"] = "gold" }),
            "$.event.affise_event_user_data", ValidationErrorKind.StringExpected);

    [Fact]
    public void Install_first_open_time_as_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Root, "first_open_time", "1717611637000"), "$.first_open_time", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Install_app_id_as_a_number_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Root, "app_id", 999), "$.app_id", ValidationErrorKind.StringExpected);

    // affise_event_data: open, with typed custom-id keys.

    [Fact]
    public void Event_data_that_is_not_an_object_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Event, "affise_event_data", "any_name"), "$.event.affise_event_data", ValidationErrorKind.ObjectExpected);

    [Fact]
    public void Custom_id_value_that_is_not_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(EventData, "affise_event_custom_id_03", 3),
            "$.event.affise_event_data.affise_event_custom_id_03", ValidationErrorKind.StringExpected);

    [Fact]
    public void Custom_id_timestamp_as_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(EventData, "affise_event_custom_id_03_timestamp", "yesterday"),
            "$.event.affise_event_data.affise_event_custom_id_03_timestamp", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Documented_placeholder_key_with_braces_is_accepted_as_an_unknown_member() =>
        SchemaAssert.Accepts(Schema, FullWith(EventData, "affise_event_custom_id_{03}_timestamp", 1688046085325));

    [Fact]
    public void Event_data_keys_of_other_events_pass_through() =>
        SchemaAssert.Accepts(Schema, FullWith(EventData, "loan_amount", 1500));

    // affise_parameters: typed as the vendor's examples send them.

    [Fact]
    public void Price_as_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_price", "0.05"),
            "$.event.affise_parameters.affise_p_price", ValidationErrorKind.NumberExpected);

    [Fact]
    public void Revenue_as_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_revenue", "0.3"),
            "$.event.affise_parameters.affise_p_revenue", ValidationErrorKind.NumberExpected);

    [Fact]
    public void Quantity_with_a_fraction_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_quantity", 1.5),
            "$.event.affise_parameters.affise_p_quantity", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Currency_that_is_not_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_currency", 840),
            "$.event.affise_parameters.affise_p_currency", ValidationErrorKind.StringExpected);

    [Fact]
    public void Content_ids_holding_a_string_are_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_content_ids", new JsonArray("sku-1", 789)),
            "$.event.affise_parameters.affise_p_content_ids[0]", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Content_list_holding_a_string_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_content_list", new JsonArray("name")),
            "$.event.affise_parameters.affise_p_content_list[0]", ValidationErrorKind.ObjectExpected);

    [Fact]
    public void Conversion_id_as_a_number_is_rejected() =>
        SchemaAssert.Rejects(Schema, FullWith(Parameters, "affise_p_conversion_id", 123),
            "$.event.affise_parameters.affise_p_conversion_id", ValidationErrorKind.StringExpected);

    [Fact]
    public void Undocumented_affise_p_parameter_passes_through() =>
        SchemaAssert.Accepts(Schema, FullWith(Parameters, "affise_p_search_string", "red shoes"));
}
