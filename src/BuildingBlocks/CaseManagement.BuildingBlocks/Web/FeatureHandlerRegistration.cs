using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.BuildingBlocks.Web;

public static class FeatureHandlerRegistration
{
    /// <summary>Registers every concrete <c>*Handler</c> class of a module's feature folders as a
    /// scoped service, so adding a use case needs no registration line.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services, Assembly moduleAssembly) =>
        services.Scan(scan => scan
            .FromAssemblies(moduleAssembly)
            .AddClasses(classes => classes.Where(type => type.Name.EndsWith("Handler", StringComparison.Ordinal)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());
}
