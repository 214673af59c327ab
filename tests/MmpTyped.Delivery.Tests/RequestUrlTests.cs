using System;
using MmpTyped.Delivery.Requests;
using MmpTyped.Delivery.Sending;

namespace MmpTyped.Delivery.Tests;

/// <summary>The client builds each request URL once per endpoint, app and base URL, and follows a reloaded base URL.</summary>
public sealed class RequestUrlTests
{
    [Fact]
    public void The_same_endpoint_and_app_reuse_one_url_and_another_base_url_gets_its_own()
    {
        Assert.True(MmpRoute.TryGet("airbridge.app", out var route));
        var urls = new RequestUrls();
        var sandbox = new Uri("http://127.0.0.1:5000/");

        var first = urls.Get(route, "example shop", sandbox);
        var again = urls.Get(route, "example shop", new Uri("http://127.0.0.1:5000/"));
        var moved = urls.Get(route, "example shop", new Uri("http://127.0.0.1:6000/"));
        var otherApp = urls.Get(route, "other", new Uri("http://127.0.0.1:6000/"));
        var vendor = urls.Get(route, "other", null);

        Assert.Equal("http://127.0.0.1:5000/events/v1/apps/example%20shop/mobile-app/9360", first.AbsoluteUri);
        Assert.Same(first, again);
        Assert.Equal("http://127.0.0.1:6000/events/v1/apps/example%20shop/mobile-app/9360", moved.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:6000/events/v1/apps/other/mobile-app/9360", otherApp.AbsoluteUri);
        Assert.Equal("https://api.airbridge.io/events/v1/apps/other/mobile-app/9360", vendor.AbsoluteUri);
    }
}
