using System.Threading.RateLimiting;
using CaseManagement.BuildingBlocks.Security;

namespace CaseManagement.Host.Composition;

internal static class RateLimiting
{
    /// <summary>Token and sign-in requests per client address and minute (<c>RateLimiting:SignInPerMinute</c>,
    /// default 20): slows password guessing without locking out an office behind one address.</summary>
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
