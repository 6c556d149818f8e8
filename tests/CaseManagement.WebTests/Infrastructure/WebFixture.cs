using Microsoft.Playwright;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>One Host and one browser (Debian's Chromium, headless) for every browser test of the run; each test opens
/// its own context (cookies, storage), so tests do not see each other's sessions.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@12345";

    /// <summary>A phone most of our users hold: 360 × 740 CSS pixels.</summary>
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    private IPlaywright? playwright;

    /// <summary>The SMTP server the Host sends its notices to (checked every second, digest at any hour).</summary>
    public MailListener Mail { get; } = new();

    public WebAppHost Host { get; }

    public WebFixture() => Host = new(new Dictionary<string, string>
    {
        ["Notifications:Mail:Host"] = "127.0.0.1", ["Notifications:Mail:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Mail:Security"] = "None", ["Notifications:Mail:PollInterval"] = "00:00:01", ["Notifications:Mail:DigestHour"] = "0",
        ["Deadlines:SweepInterval"] = "00:00:02",
    });

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host.Start();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }

    /// <summary>The API as a demo user calls it (password grant, offered in Testing only): to set up what a journey starts from.</summary>
    public async Task<HttpClient> ApiForAsync(string userName, WebAppHost? host = null)
    {
        var http = new HttpClient { BaseAddress = (host ?? Host).BaseAddress };
        using var token = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "casemanagement-dev", ["username"] = userName, ["password"] = DemoPassword,
            ["scope"] = "casemanagement.api",
        }));
        token.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new("Bearer", body.RootElement.GetProperty("access_token").GetString());
        return http;
    }

    /// <summary>A fresh browser context at phone size (or the size given), with the Host as its base address.</summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, WebAppHost? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Host).BaseAddress.ToString(),
            ViewportSize = viewport ?? Phone,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        // A page that does not come within seconds is a failure to report, not to wait out.
        context.SetDefaultTimeout(10_000);
        // The browser keeps the Host's time, so that a countdown agrees with the page the server made.
        var clock = (host ?? Host).Clock;
        if (clock.Offset != TimeSpan.Zero)
        {
            await context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = clock.GetUtcNow().UtcDateTime });
        }

        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "Web application in Chromium";
}
