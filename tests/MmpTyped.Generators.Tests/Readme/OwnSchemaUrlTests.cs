using System;
using System.Reflection;
using MmpTyped.Generators.Tests.Hostile;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Readme;

/// <summary><c>BuildUrl</c> checks each path parameter against the rules its schema gives it, and can put the endpoint's path on another host.</summary>
public sealed class OwnSchemaUrlTests
{
    private const string Endpoint = """
        ,
          "x-mmp-endpoint": { "method": "POST", "url": "https://acme.example/v1/{app_id}/events" },
          "x-mmp-path-parameters": { "app_id": { "type": "string", "minLength": 3, "maxLength": 20, "pattern": "^[a-z-]+$", "description": "The app." } }
        """;

    [Fact]
    public void BuildUrl_honours_the_parameter_rules_and_a_base_address()
    {
        var run = HostileRun.Survive(HostileRun.Mini("\"name\": { \"type\": \"string\" }", Endpoint));
        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var type = assembly.GetType("Acme.Mini.MiniEvent");

        Assert.Equal("https://acme.example/v1/shop-app/events", Call(type, "shop-app"));
        Assert.Equal("http://127.0.0.1:5000/proxy/v1/shop-app/events", Call(type, new Uri("http://127.0.0.1:5000/proxy/"), "shop-app"));
        Assert.Equal("http://127.0.0.1:5000/v1/shop-app/events", Call(type, new Uri("http://127.0.0.1:5000"), "shop-app"));
        Assert.Contains("'app_id' must be at least 3 characters long; it is 2.", Assert.Throws<ArgumentException>(() => Call(type, "ab")).Message, StringComparison.Ordinal);
        Assert.Contains("'app_id' must be at most 20 characters long", Assert.Throws<ArgumentException>(() => Call(type, new string('a', 21))).Message, StringComparison.Ordinal);
        Assert.Contains("'app_id' must match ^[a-z-]+$; it is \"Shop\".", Assert.Throws<ArgumentException>(() => Call(type, "Shop")).Message, StringComparison.Ordinal);
        Assert.Contains("absolute URI", Assert.Throws<ArgumentException>(() => Call(type, new Uri("relative/", UriKind.Relative), "shop-app")).Message, StringComparison.Ordinal);
    }

    private static string Call(Type type, params object[] arguments)
    {
        var types = Array.ConvertAll(arguments, a => a is Uri ? typeof(Uri) : a.GetType());
        return (string)type.GetMethod("BuildUrl", types)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
    }
}
