using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CaseManagement.BuildingBlocks.Web;
using FluentValidation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseManagement.Host.Composition;

/// <summary>
/// Says in the API description what a client needs and the JSON converters hide from the generator: text fields
/// are strings and instants are date-times (the plain-text and Vietnam-time converters make them opaque to it);
/// a field a record may leave null is optional and nullable, not required; and a code field lists the codes its
/// validator accepts (<see cref="CodeFields"/>), so a client can be written from the document.
/// </summary>
internal sealed class ApiSchemaTransformer : IOpenApiSchemaTransformer
{
    private static int validatorsBuilt;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (type.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        BuildValidators(context.ApplicationServices);
        foreach (var property in type.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var described) || described is not OpenApiSchema target)
            {
                continue;
            }

            Describe(target, property.PropertyType);
            if (property.IsGetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                schema.Required?.Remove(property.Name);
                if (target.Type is { } known)
                {
                    target.Type = known | JsonSchemaType.Null;
                }
            }

            if (property.AttributeProvider is System.Reflection.MemberInfo member && CodeFields.Of(type.Type, member.Name) is { } codes)
            {
                var values = Enum.GetNames(codes).Select(name => (JsonNode)JsonValue.Create(name)).ToList();
                if (property.PropertyType == typeof(string))
                {
                    target.Enum = values;
                }
                else if (target.Items is OpenApiSchema items)
                {
                    items.Enum = values;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Text and instants, whose converters leave the generator without a type.</summary>
    private static void Describe(OpenApiSchema target, Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type == typeof(string))
        {
            target.Type = JsonSchemaType.String;
        }
        else if (type == typeof(DateTimeOffset))
        {
            (target.Type, target.Format) = (JsonSchemaType.String, "date-time");
        }
        else if (typeof(IEnumerable<string>).IsAssignableFrom(type))
        {
            target.Items ??= new OpenApiSchema();
            if (target.Items is OpenApiSchema items)
            {
                items.Type = JsonSchemaType.String;
            }
        }
    }

    /// <summary>Every request validator records its code fields as it is built (a part's with its request's): the
    /// modules' registered validators are built once, before the first schema is described.</summary>
    private static void BuildValidators(IServiceProvider services)
    {
        if (Interlocked.Exchange(ref validatorsBuilt, 1) == 1)
        {
            return;
        }

        var requests = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("CaseManagement.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Distinct();
        foreach (var validator in requests)
        {
            _ = services.GetService(validator);
        }
    }
}
