using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseManagement.Demo;

public static class DemoModule
{
    /// <summary>The demo cases, in Development only and when <c>Demo:Cases</c> is set (the embedded default sets it; the
    /// tests do not, so that each test starts from the cases it makes).</summary>
    public static IServiceCollection AddDemoCases(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() && configuration.GetValue<bool>("Demo:Enabled") && configuration.GetValue<bool>("Demo:Cases"))
        {
            services.AddHostedService<DemoCasesSeeder>();
        }

        return services;
    }
}
