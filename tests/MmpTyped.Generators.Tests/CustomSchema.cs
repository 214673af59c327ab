namespace MmpTyped.Generators.Tests;

/// <summary>
/// A made-up vendor, Contoso Pulse, small enough to read whole and touching every construct the
/// generator lowers: a required string, an integer with a range, a closed enum, a pattern, a timestamp,
/// a nested object, an array of objects, an identifier group and a companions rule. Its generated
/// sources (Snapshots/CustomSchema/) are the showcase of what the generator writes.
/// </summary>
internal static class CustomSchema
{
    public const string Id = "contoso.pulse";

    public const string Namespace = "Contoso.Pulse";

    public const string Text = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "description": "An event a shop's server sends to Contoso Pulse, a made-up vendor.",
          "x-mmp-id": "contoso.pulse",
          "x-mmp-namespace": "Contoso.Pulse",
          "x-mmp-type": "PulseEvent",
          "x-mmp-direction": "outbound",
          "x-mmp-endpoint": { "method": "POST", "url": "https://pulse.contoso.example/v1/{app_id}/events" },
          "x-mmp-path-parameters": {
            "app_id": { "type": "string", "minLength": 1, "description": "Your app's id in Contoso Pulse." }
          },
          "type": "object",
          "required": ["event_name"],
          "properties": {
            "event_name": { "type": "string", "minLength": 1, "description": "The event's name, e.g. `purchase`." },
            "quantity": { "type": "integer", "minimum": 1, "maximum": 100, "description": "How many items, 1 to 100." },
            "platform": { "type": "string", "enum": ["ios", "android", "web"], "description": "Where the event happened." },
            "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "An ISO 4217 code in upper case." },
            "occurred_at": { "type": "integer", "x-mmp-timestamp": "unix-ms", "description": "When it happened, in Unix milliseconds." },
            "user_id": { "type": "string", "description": "Your own id for the user." },
            "device": {
              "type": "object",
              "x-mmp-type": "PulseDevice",
              "description": "The device the event happened on.",
              "properties": {
                "device_id": { "type": ["string", "null"], "description": "The device's advertising id." },
                "model": { "type": "string", "description": "The device's model name." },
                "os_version": { "type": "string", "description": "The operating system's version." }
              },
              "x-mmp-rule": "device_id-companions",
              "anyOf": [ { "not": { "required": ["device_id"] } }, { "required": ["model", "os_version"] } ]
            },
            "items": {
              "type": "array",
              "description": "What was bought.",
              "items": {
                "type": "object",
                "x-mmp-type": "PulseItem",
                "description": "One line of the order.",
                "required": ["sku"],
                "properties": {
                  "sku": { "type": "string", "description": "The product's stock-keeping unit." },
                  "price": { "type": "number", "x-mmp-money": true, "minimum": 0, "description": "The unit price." }
                }
              }
            }
          },
          "x-mmp-rule": "identifier",
          "anyOf": [
            { "required": ["user_id"] },
            { "required": ["device"], "properties": { "device": { "required": ["device_id"], "properties": { "device_id": { "type": "string" } } } } }
          ]
        }
        """;
}
