using System.Text.Json;
using static MmpTyped.Benchmarks.Baselines.HandWritten.HandWrittenJson;

namespace MmpTyped.Benchmarks.Baselines.HandWritten;

/// <summary>The Affise add_event body written by hand with Utf8JsonWriter and pre-encoded names.</summary>
internal static class AffiseHandWritten
{
    private static readonly JsonEncodedText AffiseDeviceId = JsonEncodedText.Encode("affise_device_id");
    private static readonly JsonEncodedText RandomUserId = JsonEncodedText.Encode("random_user_id");
    private static readonly JsonEncodedText GaidAdid = JsonEncodedText.Encode("gaid_adid");
    private static readonly JsonEncodedText Adid = JsonEncodedText.Encode("adid");
    private static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText AffiseEventId = JsonEncodedText.Encode("affise_event_id");
    private static readonly JsonEncodedText AffiseEventName = JsonEncodedText.Encode("affise_event_name");
    private static readonly JsonEncodedText AffiseEventTimestamp = JsonEncodedText.Encode("affise_event_timestamp");
    private static readonly JsonEncodedText AffiseEventFirstForUser = JsonEncodedText.Encode("affise_event_first_for_user");
    private static readonly JsonEncodedText AffiseEventUserData = JsonEncodedText.Encode("affise_event_user_data");
    private static readonly JsonEncodedText AffiseEventData = JsonEncodedText.Encode("affise_event_data");
    private static readonly JsonEncodedText AffiseParameters = JsonEncodedText.Encode("affise_parameters");
    private static readonly JsonEncodedText ContentIds = JsonEncodedText.Encode("affise_p_content_ids");
    private static readonly JsonEncodedText ContentId = JsonEncodedText.Encode("affise_p_content_id");
    private static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("affise_p_content_type");
    private static readonly JsonEncodedText ContentList = JsonEncodedText.Encode("affise_p_content_list");
    private static readonly JsonEncodedText Currency = JsonEncodedText.Encode("affise_p_currency");
    private static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("affise_p_quantity");
    private static readonly JsonEncodedText Price = JsonEncodedText.Encode("affise_p_price");
    private static readonly JsonEncodedText Revenue = JsonEncodedText.Encode("affise_p_revenue");

    public static void Write(Utf8JsonWriter writer, AffisePayload payload)
    {
        writer.WriteStartObject();
        OptionalString(writer, AffiseDeviceId, payload.AffiseDeviceId);
        OptionalString(writer, RandomUserId, payload.RandomUserId);
        OptionalString(writer, GaidAdid, payload.GaidAdid);
        OptionalString(writer, Adid, payload.Adid);
        if (payload.Event is { } evt)
            WriteEvent(writer, evt);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, AffiseEventPayload evt)
    {
        writer.WriteStartObject(Event);
        OptionalGuid(writer, AffiseEventId, evt.AffiseEventId);
        OptionalString(writer, AffiseEventName, evt.AffiseEventName);
        OptionalNumber(writer, AffiseEventTimestamp, evt.AffiseEventTimestamp);
        OptionalBoolean(writer, AffiseEventFirstForUser, evt.AffiseEventFirstForUser);
        OptionalString(writer, AffiseEventUserData, evt.AffiseEventUserData);
        if (evt.AffiseEventData is { } data)
        {
            writer.WritePropertyName(AffiseEventData);
            OpenObject(writer, data);
        }
        if (evt.AffiseParameters is { } parameters)
            WriteParameters(writer, parameters);
        writer.WriteEndObject();
    }

    private static void WriteParameters(Utf8JsonWriter writer, AffiseParametersPayload parameters)
    {
        writer.WriteStartObject(AffiseParameters);
        if (parameters.AffisePContentIds is { } ids)
        {
            writer.WriteStartArray(ContentIds);
            foreach (var id in ids)
                writer.WriteNumberValue(id);
            writer.WriteEndArray();
        }
        OptionalString(writer, ContentId, parameters.AffisePContentId);
        OptionalString(writer, ContentType, parameters.AffisePContentType);
        if (parameters.AffisePContentList is { } list)
        {
            writer.WriteStartArray(ContentList);
            foreach (var item in list)
                OpenObject(writer, item);
            writer.WriteEndArray();
        }
        OptionalString(writer, Currency, parameters.AffisePCurrency);
        OptionalNumber(writer, Quantity, parameters.AffisePQuantity);
        OptionalNumber(writer, Price, parameters.AffisePPrice);
        OptionalNumber(writer, Revenue, parameters.AffisePRevenue);
        writer.WriteEndObject();
    }
}
