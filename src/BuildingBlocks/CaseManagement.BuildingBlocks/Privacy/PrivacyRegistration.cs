using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.BuildingBlocks.Privacy;

public static class PrivacyRegistration
{
    /// <summary>The sealing keys from <c>Privacy</c>, checked at start-up; every module that keeps
    /// sensitive data calls this (registered once).</summary>
    public static IServiceCollection AddSensitiveData(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(SensitiveData)))
        {
            return services;
        }

        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => o.Keys.ContainsKey(o.CurrentKeyId) && o.HashKey.Length > 0,
                $"{PrivacyOptions.Section} needs Keys, CurrentKeyId and HashKey: the keys that seal children's, reporters' and carers' identities (docs/adr/0010).")
            .ValidateOnStart();
        services.TryAddSingleton<SensitiveData>();
        return services;
    }
}
