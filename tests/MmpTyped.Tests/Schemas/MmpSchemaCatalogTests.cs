using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmpTyped.Schemas;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Schemas;

public sealed class MmpSchemaCatalogTests
{
    [Fact]
    public void Catalog_embeds_every_schema_of_the_schemas_folder_unchanged()
    {
        Assert.Equal(SchemaValidator.SchemaIds.Order(System.StringComparer.Ordinal), MmpSchemaCatalog.All.Select(s => s.Id));
        foreach (var schema in MmpSchemaCatalog.All)
            Assert.Equal(System.IO.File.ReadAllBytes(RepoPaths.SchemaFile(schema.Id)), schema.Json.ToArray());
    }

    [Fact]
    public void AppsFlyer_s2s_endpoint_authentication_and_limit_come_from_the_schema()
    {
        var schema = MmpSchemaCatalog.Get("appsflyer.s2s");

        Assert.Equal(MmpDirection.Outbound, schema.Direction);
        Assert.Equal(["POST"], schema.Methods);
        Assert.Equal("https://api3.appsflyer.com/inappevent/{app_id}", schema.Url);
        Assert.Equal(new MmpAuth("api-key", "header", "authentication"), schema.Auth);
        Assert.Equal(1024, schema.SizeLimitBytes);
        Assert.Equal("MmpTyped.AppsFlyer.AppsFlyerEvent", schema.TypeName);
    }

    [Fact]
    public void Airbridge_rate_limit_and_bearer_token_come_from_the_schema()
    {
        var schema = MmpSchemaCatalog.Get("airbridge.app");

        Assert.Equal(new MmpRateLimit(1000, "minute"), schema.RateLimit);
        Assert.Equal(new MmpAuth("bearer", "header", "Authorization"), schema.Auth);
        Assert.Null(schema.SizeLimitBytes);
    }

    [Fact]
    public void Push_messages_are_inbound_and_go_to_the_users_endpoint()
    {
        var schema = MmpSchemaCatalog.Get("appsflyer.push.v2");

        Assert.Equal(MmpDirection.Inbound, schema.Direction);
        Assert.Null(schema.Url);
        Assert.Contains("POST", schema.Methods);
    }

    [Fact]
    public void Unknown_id_names_the_ids_there_are()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => MmpSchemaCatalog.Get("appsflyer"));

        Assert.Contains("'appsflyer'", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("appsflyer.s2s", error.Message, System.StringComparison.Ordinal);
        Assert.False(MmpSchemaCatalog.TryGet("appsflyer", out _));
    }

    [Fact]
    public void Listing_line_shows_method_url_auth_and_limits()
    {
        Assert.Equal(
            "appsflyer.s2s  outbound  POST https://api3.appsflyer.com/inappevent/{app_id}  auth: api-key header authentication  size: 1,024 B  rate: 60,000/minute",
            MmpSchemaCatalog.Get("appsflyer.s2s").ToString());
    }
}
