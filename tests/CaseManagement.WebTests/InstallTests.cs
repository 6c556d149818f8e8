using System.Buffers.Binary;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;

namespace CaseManagement.WebTests;

/// <summary>The application installs on a phone's home screen: a web app manifest the browser reads without errors, with
/// its name, start and icons.</summary>
[Collection(WebCollection.Name)]
public sealed class InstallTests(WebFixture web)
{
    [Fact]
    public async Task Chromium_reads_the_web_app_manifest_and_its_icons_are_there_in_their_sizes()
    {
        using var anonymous = new HttpClient { BaseAddress = web.Host.BaseAddress };
        using var served = await anonymous.GetAsync("manifest.webmanifest");
        Assert.Equal("application/manifest+json", served.Content.Headers.ContentType?.MediaType);
        var manifest = JsonDocument.Parse(await served.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("Bảo vệ trẻ em", "/", "standalone", "vi"),
            (manifest.GetProperty("name").GetString(), manifest.GetProperty("start_url").GetString(), manifest.GetProperty("display").GetString(),
                manifest.GetProperty("lang").GetString()));
        foreach (var icon in manifest.GetProperty("icons").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "image/png"))
        {
            var png = await anonymous.GetByteArrayAsync(icon.GetProperty("src").GetString()!.TrimStart('/'));
            var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))); // the IHDR chunk
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{width}x{height}");
        }

        // The service worker controls the whole site, and a new release replaces it (and what it kept).
        using var worker = await anonymous.GetAsync("sw.js");
        Assert.Equal(("text/javascript", "/", "no-cache"),
            (worker.Content.Headers.ContentType?.MediaType, worker.Headers.GetValues("Service-Worker-Allowed").Single(), worker.Headers.CacheControl?.ToString()));
        Assert.DoesNotContain("{{version}}", await worker.Content.ReadAsStringAsync());

        await using var context = await web.NewContextAsync();
        var page = await context.SignInAsync("demo.socialworker");
        var devtools = await context.NewCDPSessionAsync(page);
        var read = await devtools.SendAsync("Page.getAppManifest") ?? throw new InvalidOperationException("No answer from Chromium.");
        Assert.EndsWith("/manifest.webmanifest", read.GetProperty("url").GetString());
        Assert.Equal(0, read.GetProperty("errors").GetArrayLength());
    }
}
