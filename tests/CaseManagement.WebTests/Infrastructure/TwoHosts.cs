using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Npgsql;

namespace CaseManagement.WebTests.Infrastructure;

/// <summary>
/// A province's set-up: two Host instances on one PostgreSQL database and one RabbitMQ virtual host, given the same
/// token keys and the same public address (the load balancer's, here the first instance's), with every background
/// job on. The second starts once the first has migrated and seeded the store.
/// </summary>
public sealed class TwoHosts : IAsyncLifetime
{
    private const string KeyPassword = "TwoHosts@Key1";
    private readonly string database = "cm_web_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string virtualHost = "cm-web-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string keys = System.IO.Directory.CreateTempSubdirectory("cm-keys-").FullName;

    public WebAppHost First { get; private set; } = null!;

    public WebAppHost Second { get; private set; } = null!;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Required("CM_TEST_POSTGRES")) { Database = database }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(Required("CM_TEST_POSTGRES")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        await RabbitMqCtlAsync($"add_vhost {virtualHost}");
        await RabbitMqCtlAsync($"set_permissions -p {virtualHost} guest '.*' '.*' '.*'");
        File.WriteAllBytes(Path.Combine(keys, "signing.pfx"), SelfSigned("cm-signing"));
        File.WriteAllBytes(Path.Combine(keys, "encryption.pfx"), SelfSigned("cm-encryption"));

        var firstPort = WebAppHost.FreePort();
        var shared = Settings(publicAddress: $"http://127.0.0.1:{firstPort}/");
        First = new WebAppHost(shared, firstPort);
        First.Start();
        Second = new WebAppHost(shared);
        Second.Start();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Required("CM_TEST_POSTGRES"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
        await RabbitMqCtlAsync($"delete_vhost {virtualHost}");
        System.IO.Directory.Delete(keys, recursive: true);
    }

    private Dictionary<string, string> Settings(string publicAddress)
    {
        return new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = ConnectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = Required("CM_TEST_RABBITMQ_PORT"),
            ["Messaging:RabbitMq:VirtualHost"] = virtualHost,
            ["Identity:SigningCertificate:Path"] = Path.Combine(keys, "signing.pfx"),
            ["Identity:SigningCertificate:Password"] = KeyPassword,
            ["Identity:EncryptionCertificate:Path"] = Path.Combine(keys, "encryption.pfx"),
            ["Identity:EncryptionCertificate:Password"] = KeyPassword,
            ["Deadlines:SweepInterval"] = "00:00:01",
            ["Identity:PublicBaseAddress"] = publicAddress,
        };
    }

    private static async Task RabbitMqCtlAsync(string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"{Required("CM_TEST_RABBITMQCTL")} {arguments}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {arguments} failed: {error}{await output}");
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set. Run the suite with scripts/test.sh, which starts PostgreSQL and RabbitMQ.");

    private static byte[] SelfSigned(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, KeyPassword);
    }
}
