using Microsoft.AspNetCore.DataProtection;
using System.Security.Cryptography.X509Certificates;
using CaseManagement.BuildingBlocks.Persistence;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.Identity.Accounts;
using CaseManagement.Identity.Audit;
using CaseManagement.Identity.Features.AuditTrail;
using CaseManagement.Identity.Features.SignIn;
using CaseManagement.Identity.Persistence;
using CaseManagement.Identity.Seeding;
using CaseManagement.Identity.Tokens;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CaseManagement.Identity;

/// <summary>Sign-in (ASP.NET Core Identity + OpenIddict), users and roles, and the audit trail.</summary>
public static class IdentityModule
{
    public const string Name = IdentityDbContext.SchemaName;
    public const string ApiScope = "casemanagement.api";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddModuleDbContext<IdentityDbContext, SqliteIdentityDbContext, PostgreSqlIdentityDbContext, SqlServerIdentityDbContext>(
            configuration, Name);
        AddDataProtection(services, configuration, environment);
        var settings = new IdentitySettings(environment.IsDevelopment() || environment.IsEnvironment("Testing"));
        services.AddSingleton(settings);
        AddAccounts(services);
        AddOpenIddict(services, configuration, environment, settings);
        services.AddCapabilityPolicies(ValidatedTokenHandler.SchemeName);

        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditBatchWriter>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<AuditSealer>();
        services.AddHostedService<AuditSealerService>();
        services.AddFeatureHandlers(typeof(IdentityModule).Assembly);
        services.AddValidatorsFromAssemblyContaining<IdentitySettings>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<AuditVerifier>();
        services.AddScoped<PrincipalFactory>();
        services.AddScoped<IdentitySeeder>();
        services.AddSingleton<Microsoft.AspNetCore.Authentication.Cookies.ITicketStore, Sessions.SessionTicketStore>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<AccountEvents>();
        services.AddMemoryCache();
        services.AddSingleton<AccountStamps>();
        services.AddScoped<Jurisdiction<IdentityDbContext>>();
        services.AddOptions<Notifications.MailOptions>().Bind(configuration.GetSection(Notifications.MailOptions.Section));
        services.AddScoped<Notifications.MailSender>();
        services.AddSingleton<Notifications.NotificationMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<Notifications.NotificationMailer>());
        return services;
    }

    public static void AddIdentityConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<Consumers.AdministrativeUnitChangedConsumer, Consumers.AdministrativeUnitChangedConsumerDefinition>();
        bus.AddConsumer<Consumers.StaffChangedConsumer, Consumers.StaffChangedConsumerDefinition>();
        Notifications.NotifierRegistration.AddNotifiers(bus);
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        TokenEndpoint.Map(app);
        AuthorizeEndpoints.Map(app);
        SignInPage.Map(app);
        Features.Me.MeEndpoint.Map(app);
        Features.Colleagues.ColleaguesEndpoint.Map(app);
        AuditEndpoints.Map(app);
        Features.ManageUsers.ManageUsersEndpoints.Map(app);
        Features.ManageClients.ManageClientsEndpoints.Map(app);
        Features.Notifications.NotificationsEndpoints.Map(app);
        Features.Notifications.NotificationSettingsEndpoints.Map(app);
        return app;
    }

    /// <summary>Roles and the web client always; development clients in Development and Testing.</summary>
    public static async Task SeedIdentityReferenceDataAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await seeder.EnsureRolesAsync();
        var developmentFeatures = scope.ServiceProvider.GetRequiredService<IdentitySettings>().DevelopmentFeatures;
        var baseAddress = WebClient.PublicBaseAddress(configuration);
        await seeder.EnsureWebClientAsync(WebClient.Secret(configuration, developmentFeatures), baseAddress);
        if (developmentFeatures)
        {
            await seeder.EnsureDevelopmentClientsAsync(DemoPassword(configuration), baseAddress);
        }
    }

    /// <summary>Creates the first administrator of an installation (the Host's <c>identity create-admin</c>);
    /// returns null when created, else why not.</summary>
    public static async Task<string?> CreateFirstAdministratorAsync(this IServiceProvider services, string userName, string unitCode, string password)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureRolesAsync();
        return await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().CreateAsync(userName, "Quản trị hệ thống", unitCode, password);
    }

    /// <summary>One demo user per role (embedded default only).</summary>
    public static async Task SeedIdentityDemoDataAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureDemoUsersAsync(DemoPassword(configuration));
    }

    private static string DemoPassword(IConfiguration configuration) => configuration["Demo:Password"] ?? "Demo@12345";

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(ValidatedTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ValidatedTokenHandler>(ValidatedTokenHandler.SchemeName, options =>
            {
                // A missing, expired or refused token is answered by OpenIddict (ValidatedTokenHandler forwards its challenges).
                options.ForwardForbid = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPage.Path;
            options.Cookie.Name = "cm.signin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
    }

    private static void AddOpenIddict(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, IdentitySettings settings)
    {
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(options =>
            {
                // One issuer whichever address a request came in by (the load balancer's, a Host's own, loopback), so that a
                // token issued through one is accepted through another.
                options.SetIssuer(WebClient.PublicBaseAddress(configuration));
                options.SetAuthorizationEndpointUris(AuthorizeEndpoints.AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                    .SetEndSessionEndpointUris(AuthorizeEndpoints.EndSessionPath.TrimStart('/'));
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // PKCE with S256 only: a "plain" challenge is the verifier itself, readable wherever the request is seen.
                options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                if (settings.DevelopmentFeatures)
                {
                    options.AllowPasswordFlow();
                }

                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, ApiScope);
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(30)).SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                // Access tokens are signed, not encrypted: they carry ids, roles and a unit code only,
                // and decrypting an RSA-encrypted token costs milliseconds on every request (ADR 7).
                options.DisableAccessTokenEncryption();
                AddKeys(options, configuration, environment);
                var aspNetCore = options.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (settings.DevelopmentFeatures)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
            });
    }

    /// <summary>Keys from configuration (PKCS#12 files and their passwords, kept out of the repository) wherever they are
    /// given, and always outside Development and Testing; else OpenIddict's development certificates in Development and
    /// throwaway keys in Testing. Every Host instance behind a load balancer is given the same files.</summary>
    private static void AddKeys(OpenIddictServerBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = !string.IsNullOrWhiteSpace(configuration["Identity:SigningCertificate:Path"]);
        if (!configured && environment.IsEnvironment("Testing"))
        {
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            return;
        }

        if (!configured && environment.IsDevelopment())
        {
            options.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
            return;
        }

        options.AddSigningCertificate(LoadCertificate(configuration, "Identity:SigningCertificate"))
            .AddEncryptionCertificate(LoadCertificate(configuration, "Identity:EncryptionCertificate"));
    }

    /// <summary>One Data Protection key ring in the database for every Host instance behind a load balancer, so a
    /// cookie or an antiforgery token made by one is read by another; outside Development and Testing the keys are
    /// encrypted at rest with the token encryption certificate.</summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("CaseManagement").PersistKeysToDbContext<IdentityDbContext>();
        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            dataProtection.ProtectKeysWithCertificate(LoadCertificate(configuration, "Identity:EncryptionCertificate"));
        }
    }

    private static X509Certificate2 LoadCertificate(IConfiguration configuration, string section)
    {
        var path = configuration[$"{section}:Path"];
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{section}:Path must name a PKCS#12 (.pfx) file outside the repository, with {section}:Password; see docs/operations.md, 'Keys, HTTPS and the first administrator'.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{section}:Password"], X509KeyStorageFlags.EphemeralKeySet);
    }
}

/// <summary>Whether this Host may offer development-only features: the password grant and the
/// development clients (Development and Testing, never Production).</summary>
public sealed record IdentitySettings(bool DevelopmentFeatures);
