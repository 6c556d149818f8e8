using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Security;

public static class AuthorizationRegistration
{
    /// <summary>A policy per capability, and a fallback that refuses anonymous callers on any
    /// endpoint that forgot to declare one (a test also fails on such an endpoint).</summary>
    public static IServiceCollection AddCapabilityPolicies(this IServiceCollection services, string authenticationScheme)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(authenticationScheme).RequireAuthenticatedUser().Build())
            .AddCapabilityPolicies(authenticationScheme);
        return services;
    }

    private static AuthorizationBuilder AddCapabilityPolicies(this AuthorizationBuilder builder, string authenticationScheme)
    {
        foreach (var (capability, roles) in Capabilities.GrantedTo)
        {
            builder.AddPolicy(capability, policy =>
            {
                policy.AddAuthenticationSchemes(authenticationScheme).RequireAuthenticatedUser();
                if (roles.Length > 0)
                {
                    policy.RequireRole(roles);
                }
            });
        }

        return builder;
    }
}
