using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.BuildingBlocks.Security;
using Microsoft.Playwright;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The web application over a province's history (a million cases by default) on PostgreSQL, the Host as its own process:
/// the server's render of home, the case list and a case record for a commune's social worker, each beside the API calls
/// the page makes, made directly with a token (the web layer's own cost is the difference); what a first visit and a later
/// page transfer (Chromium, a cold cache, then a warm one); and home on an emulated slow link (400 ms round trip,
/// 400 kbit/s each way), until it is shown and until it has loaded.
/// </summary>
internal static class WebPagesBenchmark
{
    private const string Password = "Bench@Passw0rd";
    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var renders = Option(args, "--renders", 300);
        var port = Option(args, "--port", 5392);
        await using var host = await BenchHost.StartAsync();
        var (_, adminToken) = await AuthOverheadBenchmark.SignInAsync(host);
        using (var client = host.CreateClient())
        {
            await CaseIntakeBenchmark.ImportNationalListAsync(host, client, adminToken);
        }

        var communes = Enumerable.Range(0, UnitHierarchyBenchmark.Communes).Select(UnitHierarchyBenchmark.CommuneCode).ToList();
        var loaded = await CaseDataGenerator.LoadAsync(host.Services, communes, cases);
        Console.WriteLine(FormattableString.Invariant($"generated {cases:N0} cases in {loaded.TotalSeconds:F0} s"));
        var commune = communes[0];
        await CaseIntakeBenchmark.CreateUserAsync(host, Roles.SocialWorker, commune);
        var userName = CaseIntakeBenchmark.UserName(Roles.SocialWorker, commune);

        var address = new Uri($"http://127.0.0.1:{port}/");
        var settings = new Dictionary<string, string>(host.Settings)
        {
            ["Identity:PublicBaseAddress"] = address.ToString(),
            ["Demo:Enabled"] = "false",
        };
        await host.DisposeAsync();
        await using var server = await HostProcess.StartAsync(settings, port, "Development");
        using var api = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var token = await CaseIntakeBenchmark.TokenAsync(api, userName);
        // The record of an open case before support: the generated history is Cases' alone (SupportInterventions has no
        // copy of it), so the record reads the case, its timeline and its police referrals, as such a case's page does.
        var all = await (await CaseIntakeBenchmark.Get(api, token, "/api/cases?pageSize=1")).Content.ReadFromJsonAsync<JsonElement>();
        JsonElement chosen = default;
        foreach (var status in new[] { "Verifying", "InitialAssessment", "Reported" })
        {
            var found = await (await CaseIntakeBenchmark.Get(api, token, $"/api/cases?pageSize=1&status={status}")).Content.ReadFromJsonAsync<JsonElement>();
            if (found.GetProperty("total").GetInt32() > 0)
            {
                chosen = found.GetProperty("items")[0];
                break;
            }
        }

        var caseId = chosen.GetProperty("id").GetGuid();
        Console.WriteLine(FormattableString.Invariant(
            $"a social worker of commune {commune}: {all.GetProperty("total").GetInt32():N0} cases; the record of {caseId} ({chosen.GetProperty("status").GetString()})"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CM_CHROMIUM") ?? "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var state = await SignInAsync(browser, address, userName);

        using var pages = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        var cookie = string.Join("; ", state.Cookies.Select(c => $"{c.Name}={c.Value}"));
        var home = ("/", new[] { "/api/identity/me", "/api/cases/work-list?page=1&pageSize=50", "/api/support/work-list?page=1&pageSize=50" });
        var list = ("/cases", new[] { "/api/identity/me", "/api/cases?page=1&pageSize=20&sort=-receivedAt" });
        // The record's summary: the case with its limits and the steps offered, and its police referrals (a crime report waiting).
        var record = ($"/cases/{caseId}", new[] { "/api/identity/me", $"/api/cases/{caseId}", $"/api/cases/{caseId}/referrals" });
        foreach (var (name, (page, calls)) in new[] { ("home", home), ("case list", list), ("case record", record) })
        {
            // Warm both paths first (tiered compilation, connection pools), then interleave them so that drift affects both.
            await MeasureAsync(50, () => RenderAsync(pages, page, cookie));
            await MeasureAsync(50, () => CallsAsync(api, token, calls));
            List<double> rendered = [], direct = [];
            for (var round = 0; round < 3; round++)
            {
                rendered.AddRange(await MeasureAsync(renders / 3, () => RenderAsync(pages, page, cookie)));
                direct.AddRange(await MeasureAsync(renders / 3, () => CallsAsync(api, token, calls)));
            }

            Console.WriteLine($"{name} ({page}) rendered by the server: " + Percentiles.Summary(rendered));
            Console.WriteLine($"  the same {calls.Length} API calls made directly, one after another: " + Percentiles.Summary(direct));
        }

        await PageWeightAsync(browser, address, state, $"/cases/{caseId}");
        await SlowLinkAsync(browser, address, state);
        return 0;
    }

    /// <summary>Signs in on the sign-in page as a person would; the session's cookies, for the other measurements.</summary>
    private static async Task<StorageState> SignInAsync(IBrowser browser, Uri address, string userName)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        var json = await context.StorageStateAsync();
        return JsonSerializer.Deserialize<StorageState>(json, StateJson)!;
    }

    /// <summary>A first visit with an empty cache (home: the page, the stylesheet, the scripts) and a later page from a link
    /// on it (the assets are cached for good: their names carry their fingerprint).</summary>
    private static async Task PageWeightAsync(IBrowser browser, Uri address, StorageState state, string recordPath)
    {
        await using var context = await NewContextAsync(browser, address, state);
        var page = await context.NewPageAsync();
        var transfers = new List<Task<(string Url, long Bytes)>>();
        page.RequestFinished += (_, request) => transfers.Add(SizeAsync(request));
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var first = await Task.WhenAll(transfers);
        Console.WriteLine(FormattableString.Invariant($"first visit to home, empty cache: {first.Sum(t => t.Bytes) / 1024.0:F1} KB in {first.Length} responses (") +
            string.Join(", ", first.Select(t => FormattableString.Invariant($"{new Uri(t.Url).AbsolutePath} {t.Bytes / 1024.0:F1} KB"))) + ")");

        transfers.Clear();
        // What crossed the network, as Chromium counts it (a response taken from the browser's cache counts nothing).
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("Network.enable");
        var network = 0.0;
        devtools.Event("Network.loadingFinished").OnEvent += (_, e) => network += e?.GetProperty("encodedDataLength").GetDouble() ?? 0;
        await page.GotoAsync(recordPath, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var later = await Task.WhenAll(transfers);
        Console.WriteLine(FormattableString.Invariant($"a later page (a case record), warm cache, bytes over the network: {network / 1024.0:F1} KB"));
        Console.WriteLine(FormattableString.Invariant($"a later page (a case record), warm cache: {later.Sum(t => t.Bytes) / 1024.0:F1} KB in {later.Length} responses (") +
            string.Join(", ", later.Select(t => FormattableString.Invariant($"{new Uri(t.Url).AbsolutePath} {t.Bytes / 1024.0:F1} KB"))) + ")");
    }

    /// <summary>Home on a slow link with an empty cache, signed in already: until its content is shown, and until it has loaded.</summary>
    private static async Task SlowLinkAsync(IBrowser browser, Uri address, StorageState state)
    {
        List<double> shown = [], loadedAt = [];
        for (var run = 0; run < 5; run++)
        {
            await using var context = await NewContextAsync(browser, address, state);
            var page = await context.NewPageAsync();
            var session = await context.NewCDPSessionAsync(page);
            await session.SendAsync("Network.enable");
            await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 400, ["downloadThroughput"] = 400_000 / 8, ["uploadThroughput"] = 400_000 / 8,
            });
            var watch = Stopwatch.StartNew();
            await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            shown.Add(watch.Elapsed.TotalMilliseconds);
            await page.WaitForLoadStateAsync(LoadState.Load);
            loadedAt.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine("home on a slow link (400 ms round trip, 400 kbit/s), empty cache, until shown (DOMContentLoaded): " + Percentiles.Summary(shown));
        Console.WriteLine("  until loaded (stylesheet and scripts too): " + Percentiles.Summary(loadedAt));
    }

    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri address, StorageState state) =>
        browser.NewContextAsync(new()
        {
            BaseURL = address.ToString(), ViewportSize = new() { Width = 360, Height = 740 },
            StorageState = JsonSerializer.Serialize(state, StateJson),
        });

    /// <summary>What a response cost on the wire: its headers and its body as sent (compressed when it was).</summary>
    private static async Task<(string Url, long Bytes)> SizeAsync(IRequest request)
    {
        var sizes = await request.SizesAsync();
        return (request.Url, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
    }

    private static async Task RenderAsync(HttpClient pages, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        using var response = await pages.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }
    }

    private static async Task CallsAsync(HttpClient api, string token, string[] calls)
    {
        foreach (var call in calls)
        {
            using var response = await CaseIntakeBenchmark.Get(api, token, call);
            await response.Content.ReadAsByteArrayAsync();
            if ((int)response.StatusCode >= 400)
            {
                throw new InvalidOperationException($"GET {call}: {(int)response.StatusCode}");
            }
        }
    }

    private static async Task<List<double>> MeasureAsync(int count, Func<Task> send)
    {
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await send();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return timings;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private sealed record StorageState(List<StoredCookie> Cookies, JsonElement Origins);

    private sealed record StoredCookie(string Name, string Value, string Domain, string Path, double Expires, bool HttpOnly, bool Secure, string SameSite);
}
