using System;
using Acme.Events;
using MmpTyped;
using MmpTyped.Airbridge;

// A record generated in this project from acme.events.schema.json.
var order = new AcmeEvent
{
    Event = "order_placed",
    OrderId = "o-1001",
    Amount = 19.90m,
    Currency = "EUR",
    PlacedAt = DateTimeOffset.FromUnixTimeMilliseconds(1767225600000),
    Customer = new AcmeCustomer { Id = "c-7" },
};
Console.WriteLine(MmpJson.Serialize(order));
Console.WriteLine(order.Validate().IsValid ? "valid" : "invalid");

// A built-in vendor record, compiled into MmpTyped.dll.
var airbridge = new AirbridgeAppEvent
{
    App = new AirbridgeApp { PackageName = "com.acme.shop" },
    User = new AirbridgeUser { ExternalUserID = "c-7" },
    EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" } },
};
Console.WriteLine(MmpJson.Serialize(airbridge));
Console.WriteLine(airbridge.Validate().IsValid ? "valid" : "invalid");
