using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.BuildingBlocks.Persistence.Inserts;

/// <summary>One column of a new row: its property (inside the complex properties of <paramref name="path"/>)
/// and how its value is read and converted the way EF's save would.</summary>
internal sealed class NewRowColumn(string name, IProperty property, IReadOnlyList<IComplexProperty> path, bool isStoreGenerated)
{
    private readonly IClrPropertyGetter[] complexGetters = [.. path.Select(p => p.GetGetter())];
    private readonly IClrPropertyGetter? getter = property.IsShadowProperty() ? null : property.GetGetter();
    private readonly ValueConverter? converter = property.GetTypeMapping().Converter;

    public string Name { get; } = name;

    public IProperty Property { get; } = property;

    public bool IsStoreGenerated { get; } = isStoreGenerated;

    /// <summary>The value to send: read from the entity (a shadow property from its change-tracker entry),
    /// null when a complex property on the way is null, converted to the column's type.</summary>
    public object? ProviderValue(object entity, EntityEntry? entry)
    {
        var value = getter is null
            ? (entry ?? throw new NotSupportedException($"'{Property.DeclaringType.DisplayName()}.{Property.Name}' is a shadow property: add the row through EF instead."))
                .Property(Property.Name).CurrentValue
            : Read(entity);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    /// <summary>A value the database returned, in the property's own type.</summary>
    public object? ModelValue(object? providerValue) =>
        providerValue is null or DBNull ? null : converter is null ? providerValue : converter.ConvertFromProvider(providerValue);

    private object? Read(object entity)
    {
        object? container = entity;
        foreach (var complex in complexGetters)
        {
            container = complex.GetClrValue(container!);
            if (container is null)
            {
                return null;
            }
        }

        return getter!.GetClrValue(container!);
    }
}
