using System.Text.Json;
using static MmpTyped.Benchmarks.Baselines.HandWritten.HandWrittenJson;

namespace MmpTyped.Benchmarks.Baselines.HandWritten;

/// <summary>Airbridge in-app and in-web bodies written by hand with Utf8JsonWriter and pre-encoded names.</summary>
internal static class AirbridgeHandWritten
{
    private static readonly JsonEncodedText EventUUID = JsonEncodedText.Encode("eventUUID");
    private static readonly JsonEncodedText EventTimestamp = JsonEncodedText.Encode("eventTimestamp");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText Device = JsonEncodedText.Encode("device");
    private static readonly JsonEncodedText App = JsonEncodedText.Encode("app");
    private static readonly JsonEncodedText Browser = JsonEncodedText.Encode("browser");
    private static readonly JsonEncodedText EventData = JsonEncodedText.Encode("eventData");
    private static readonly JsonEncodedText ExternalUserID = JsonEncodedText.Encode("externalUserID");
    private static readonly JsonEncodedText ExternalUserEmail = JsonEncodedText.Encode("externalUserEmail");
    private static readonly JsonEncodedText ExternalUserPhone = JsonEncodedText.Encode("externalUserPhone");
    private static readonly JsonEncodedText Attributes = JsonEncodedText.Encode("attributes");
    private static readonly JsonEncodedText DeviceUUID = JsonEncodedText.Encode("deviceUUID");
    private static readonly JsonEncodedText Gaid = JsonEncodedText.Encode("gaid");
    private static readonly JsonEncodedText Ifa = JsonEncodedText.Encode("ifa");
    private static readonly JsonEncodedText AppSetID = JsonEncodedText.Encode("appSetID");
    private static readonly JsonEncodedText Ifv = JsonEncodedText.Encode("ifv");
    private static readonly JsonEncodedText LimitAdTracking = JsonEncodedText.Encode("limitAdTracking");
    private static readonly JsonEncodedText DeviceModel = JsonEncodedText.Encode("deviceModel");
    private static readonly JsonEncodedText AppTrackingTransparency = JsonEncodedText.Encode("appTrackingTransparency");
    private static readonly JsonEncodedText DeviceIdentifier = JsonEncodedText.Encode("deviceIdentifier");
    private static readonly JsonEncodedText Manufacturer = JsonEncodedText.Encode("manufacturer");
    private static readonly JsonEncodedText OsName = JsonEncodedText.Encode("osName");
    private static readonly JsonEncodedText OsVersion = JsonEncodedText.Encode("osVersion");
    private static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText Timezone = JsonEncodedText.Encode("timezone");
    private static readonly JsonEncodedText Orientation = JsonEncodedText.Encode("orientation");
    private static readonly JsonEncodedText Screen = JsonEncodedText.Encode("screen");
    private static readonly JsonEncodedText Density = JsonEncodedText.Encode("density");
    private static readonly JsonEncodedText Height = JsonEncodedText.Encode("height");
    private static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
    private static readonly JsonEncodedText PackageName = JsonEncodedText.Encode("packageName");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText ClientID = JsonEncodedText.Encode("clientID");
    private static readonly JsonEncodedText UserAgent = JsonEncodedText.Encode("userAgent");
    private static readonly JsonEncodedText ShortID = JsonEncodedText.Encode("shortID");
    private static readonly JsonEncodedText TrackingData = JsonEncodedText.Encode("trackingData");
    private static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText Params = JsonEncodedText.Encode("params");
    private static readonly JsonEncodedText Goal = JsonEncodedText.Encode("goal");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText SemanticAttributes = JsonEncodedText.Encode("semanticAttributes");
    private static readonly JsonEncodedText CustomAttributes = JsonEncodedText.Encode("customAttributes");
    private static readonly JsonEncodedText Currency = JsonEncodedText.Encode("currency");
    private static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
    private static readonly JsonEncodedText TransactionID = JsonEncodedText.Encode("transactionID");
    private static readonly JsonEncodedText InAppPurchased = JsonEncodedText.Encode("inAppPurchased");
    private static readonly JsonEncodedText Products = JsonEncodedText.Encode("products");
    private static readonly JsonEncodedText Position = JsonEncodedText.Encode("position");
    private static readonly JsonEncodedText ProductID = JsonEncodedText.Encode("productID");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Price = JsonEncodedText.Encode("price");
    private static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");

    public static void Write(Utf8JsonWriter writer, AirbridgeAppPayload payload)
    {
        writer.WriteStartObject();
        OptionalGuid(writer, EventUUID, payload.EventUUID);
        OptionalNumber(writer, EventTimestamp, payload.EventTimestamp);
        if (payload.User is { } user)
            WriteUser(writer, user);
        if (payload.Device is { } device)
            WriteDevice(writer, device);
        if (payload.App is { } app)
        {
            writer.WriteStartObject(App);
            OptionalString(writer, PackageName, app.PackageName);
            OptionalString(writer, Version, app.Version);
            writer.WriteEndObject();
        }
        if (payload.EventData is { } eventData)
            WriteEventData(writer, eventData);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, AirbridgeWebPayload payload)
    {
        writer.WriteStartObject();
        OptionalGuid(writer, EventUUID, payload.EventUUID);
        OptionalNumber(writer, EventTimestamp, payload.EventTimestamp);
        if (payload.User is { } user)
            WriteUser(writer, user);
        if (payload.Browser is { } browser)
        {
            writer.WriteStartObject(Browser);
            OptionalString(writer, ClientID, browser.ClientID);
            OptionalString(writer, UserAgent, browser.UserAgent);
            writer.WriteEndObject();
        }
        if (payload.EventData is { } eventData)
            WriteEventData(writer, eventData);
        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, AirbridgeUserPayload user)
    {
        writer.WriteStartObject(User);
        OptionalString(writer, ExternalUserID, user.ExternalUserID);
        OptionalString(writer, ExternalUserEmail, user.ExternalUserEmail);
        OptionalString(writer, ExternalUserPhone, user.ExternalUserPhone);
        if (user.Attributes is { } attributes)
        {
            writer.WritePropertyName(Attributes);
            OpenObject(writer, attributes);
        }
        writer.WriteEndObject();
    }

    private static void WriteDevice(Utf8JsonWriter writer, AirbridgeDevicePayload device)
    {
        writer.WriteStartObject(Device);
        OptionalString(writer, DeviceUUID, device.DeviceUUID);
        OptionalString(writer, Gaid, device.Gaid);
        OptionalString(writer, Ifa, device.Ifa);
        OptionalString(writer, AppSetID, device.AppSetID);
        OptionalString(writer, Ifv, device.Ifv);
        OptionalBoolean(writer, LimitAdTracking, device.LimitAdTracking);
        OptionalString(writer, DeviceModel, device.DeviceModel);
        OptionalNumber(writer, AppTrackingTransparency, device.AppTrackingTransparency);
        OptionalString(writer, DeviceIdentifier, device.DeviceIdentifier);
        OptionalString(writer, Manufacturer, device.Manufacturer);
        OptionalString(writer, OsName, device.OsName);
        OptionalString(writer, OsVersion, device.OsVersion);
        OptionalString(writer, Locale, device.Locale);
        OptionalString(writer, Timezone, device.Timezone);
        OptionalString(writer, Orientation, device.Orientation);
        if (device.Screen is { } screen)
        {
            writer.WriteStartObject(Screen);
            OptionalString(writer, Density, screen.Density);
            OptionalNumber(writer, Height, screen.Height);
            OptionalNumber(writer, Width, screen.Width);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteEventData(Utf8JsonWriter writer, AirbridgeEventDataPayload eventData)
    {
        writer.WriteStartObject(EventData);
        OptionalString(writer, ShortID, eventData.ShortID);
        if (eventData.TrackingData is { } tracking)
        {
            writer.WriteStartObject(TrackingData);
            OptionalString(writer, Channel, tracking.Channel);
            if (tracking.Params is { } parameters)
            {
                writer.WritePropertyName(Params);
                OpenObject(writer, parameters);
            }
            writer.WriteEndObject();
        }
        if (eventData.Goal is { } goal)
            WriteGoal(writer, goal);
        writer.WriteEndObject();
    }

    private static void WriteGoal(Utf8JsonWriter writer, AirbridgeGoalPayload goal)
    {
        writer.WriteStartObject(Goal);
        OptionalString(writer, Category, goal.Category);
        OptionalString(writer, Action, goal.Action);
        OptionalString(writer, Label, goal.Label);
        OptionalNumber(writer, Value, goal.Value);
        if (goal.SemanticAttributes is { } semantic)
        {
            writer.WriteStartObject(SemanticAttributes);
            OptionalString(writer, Currency, semantic.Currency);
            OptionalString(writer, Action, semantic.Action);
            OptionalString(writer, Label, semantic.Label);
            OptionalString(writer, Query, semantic.Query);
            OptionalString(writer, TransactionID, semantic.TransactionID);
            OptionalBoolean(writer, InAppPurchased, semantic.InAppPurchased);
            if (semantic.Products is { } products)
            {
                writer.WriteStartArray(Products);
                foreach (var product in products)
                    WriteProduct(writer, product);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        if (goal.CustomAttributes is { } custom)
        {
            writer.WritePropertyName(CustomAttributes);
            OpenObject(writer, custom);
        }
        writer.WriteEndObject();
    }

    private static void WriteProduct(Utf8JsonWriter writer, AirbridgeProductPayload product)
    {
        writer.WriteStartObject();
        OptionalString(writer, Position, product.Position);
        OptionalString(writer, ProductID, product.ProductID);
        OptionalString(writer, Name, product.Name);
        OptionalNumber(writer, Price, product.Price);
        OptionalNumber(writer, Quantity, product.Quantity);
        OptionalString(writer, Currency, product.Currency);
        writer.WriteEndObject();
    }
}
