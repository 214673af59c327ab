using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using static MmpTyped.Benchmarks.Baselines.HandWritten.HandWrittenJson;

namespace MmpTyped.Benchmarks.Baselines.HandWritten;

/// <summary>
/// The AppsFlyer S2S body written by hand with Utf8JsonWriter and pre-encoded names. eventValue and
/// custom_data are written as JSON into a reused side buffer, then escaped once as the string's value.
/// Not thread-safe (one side buffer): the benchmarks run on one thread.
/// </summary>
internal static class AppsFlyerHandWritten
{
    private static readonly ArrayBufferWriter<byte> InnerBuffer = new(512);
    private static readonly Utf8JsonWriter InnerWriter = new(InnerBuffer, MmpJson.WriterOptions);

    private static readonly JsonEncodedText AppsflyerId = JsonEncodedText.Encode("appsflyer_id");
    private static readonly JsonEncodedText EventName = JsonEncodedText.Encode("eventName");
    private static readonly JsonEncodedText EventValue = JsonEncodedText.Encode("eventValue");
    private static readonly JsonEncodedText EventTime = JsonEncodedText.Encode("eventTime");
    private static readonly JsonEncodedText CustomerUserId = JsonEncodedText.Encode("customer_user_id");
    private static readonly JsonEncodedText AdvertisingId = JsonEncodedText.Encode("advertising_id");
    private static readonly JsonEncodedText Oaid = JsonEncodedText.Encode("oaid");
    private static readonly JsonEncodedText Imei = JsonEncodedText.Encode("imei");
    private static readonly JsonEncodedText AppSetId = JsonEncodedText.Encode("app_set_id");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText Ip = JsonEncodedText.Encode("ip");
    private static readonly JsonEncodedText Ua = JsonEncodedText.Encode("ua");
    private static readonly JsonEncodedText Os = JsonEncodedText.Encode("os");
    private static readonly JsonEncodedText AppVersionName = JsonEncodedText.Encode("app_version_name");
    private static readonly JsonEncodedText AppStore = JsonEncodedText.Encode("app_store");
    private static readonly JsonEncodedText BundleIdentifier = JsonEncodedText.Encode("bundleIdentifier");
    private static readonly JsonEncodedText SharingFilter = JsonEncodedText.Encode("sharing_filter");
    private static readonly JsonEncodedText EmailHashed = JsonEncodedText.Encode("email_hashed");
    private static readonly JsonEncodedText PhoneNumberHashed = JsonEncodedText.Encode("phone_number_hashed");
    private static readonly JsonEncodedText PhoneNumberE164Hashed = JsonEncodedText.Encode("phone_number_e164_hashed");
    private static readonly JsonEncodedText FbLoginId = JsonEncodedText.Encode("fb_login_id");
    private static readonly JsonEncodedText CustomData = JsonEncodedText.Encode("custom_data");

    public static void Write(Utf8JsonWriter writer, AppsFlyerS2SPayload payload)
    {
        writer.WriteStartObject();
        OptionalString(writer, AppsflyerId, payload.AppsflyerId);
        OptionalString(writer, EventName, payload.EventName);
        if (payload.EventValueData is { } eventValue)
            JsonInString(writer, EventValue, eventValue);
        OptionalString(writer, EventTime, payload.EventTime);
        OptionalString(writer, CustomerUserId, payload.CustomerUserId);
        OptionalString(writer, AdvertisingId, payload.AdvertisingId);
        OptionalString(writer, Oaid, payload.Oaid);
        OptionalString(writer, Imei, payload.Imei);
        if (payload.AppSetId is { } appSetId)
        {
            writer.WriteStartObject(AppSetId);
            OptionalString(writer, Id, appSetId.Id);
            OptionalNumber(writer, Scope, appSetId.Scope);
            writer.WriteEndObject();
        }
        OptionalString(writer, Ip, payload.Ip);
        OptionalString(writer, Ua, payload.Ua);
        OptionalString(writer, Os, payload.Os);
        OptionalString(writer, AppVersionName, payload.AppVersionName);
        OptionalString(writer, AppStore, payload.AppStore);
        OptionalString(writer, BundleIdentifier, payload.BundleIdentifier);
        if (payload.SharingFilter is { } filter)
        {
            writer.WriteStartArray(SharingFilter);
            foreach (var partner in filter)
                writer.WriteStringValue(partner);
            writer.WriteEndArray();
        }
        OptionalString(writer, EmailHashed, payload.EmailHashed);
        OptionalString(writer, PhoneNumberHashed, payload.PhoneNumberHashed);
        OptionalString(writer, PhoneNumberE164Hashed, payload.PhoneNumberE164Hashed);
        OptionalString(writer, FbLoginId, payload.FbLoginId);
        if (payload.CustomDataData is { } customData)
            JsonInString(writer, CustomData, customData);
        writer.WriteEndObject();
    }

    private static void JsonInString(Utf8JsonWriter writer, JsonEncodedText name, Dictionary<string, object?> value)
    {
        InnerBuffer.ResetWrittenCount();
        InnerWriter.Reset(InnerBuffer);
        OpenObject(InnerWriter, value);
        InnerWriter.Flush();
        writer.WriteString(name, InnerBuffer.WrittenSpan);
    }
}
