using Microsoft.AspNetCore.Builder;

namespace CaseManagement.BuildingBlocks.Security;

/// <summary>Marks an endpoint whose every call is written to the audit trail: the resource type,
/// the action, and the route value that names the resource.</summary>
public sealed record AuditedAttribute(string ResourceType, string Action, string? ResourceRouteValue);

/// <summary>Marks an endpoint whose change holds for a whole province (the unit list, the calendar): only a
/// caller at the top of the unit tree may make it, whatever their role; others get 403.</summary>
public sealed record TopLevelUnitAttribute;

public static class AuditedEndpointExtensions
{
    public static TBuilder ForTopLevelUnit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TopLevelUnitAttribute());

    public static TBuilder Audited<TBuilder>(this TBuilder builder, string resourceType, string action, string? resourceRouteValue = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedAttribute(resourceType, action, resourceRouteValue));
}
