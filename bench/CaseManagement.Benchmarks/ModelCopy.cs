using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseManagement.Benchmarks;

/// <summary>
/// The header of a binary COPY into an entity's table, read from the EF model: the generator names the properties it
/// writes (in the order it writes them; <c>Incident.Kind</c> for a complex property's), and the table and column names
/// are the model's. A column the table requires (not null, no default) that the generator does not write fails here,
/// before anything is loaded, naming the column.
/// </summary>
internal static class ModelCopy
{
    public static string Header<TEntity>(IModel model, params string[] properties)
    {
        var type = model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = properties.Select(p => Property(type, p).GetColumnName(table)!).ToList();
        var required = Columns(type)
            .Where(c => !c.Nullable && c.Property.GetDefaultValueSql(table) is null && c.Property.GetDefaultValue(table) is null
                && c.Property.ValueGenerated == ValueGenerated.Never)
            .Select(c => c.Property.GetColumnName(table)!).Except(columns).ToList();
        if (required.Count > 0)
        {
            throw new InvalidOperationException($"The generator writes no value for {table.Name}.{string.Join(", ", required)}, which the table requires.");
        }

        return $"COPY {type.GetSchema()}.\"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
    }

    private static IProperty Property(IEntityType type, string path)
    {
        var parts = path.Split('.');
        if (parts.Length == 1)
        {
            return type.FindProperty(path) ?? throw new InvalidOperationException($"{type.DisplayName()} has no property {path}.");
        }

        var complex = type.FindComplexProperty(parts[0]) ?? throw new InvalidOperationException($"{type.DisplayName()} has no complex property {parts[0]}.");
        return complex.ComplexType.FindProperty(parts[1]) ?? throw new InvalidOperationException($"{parts[0]} has no property {parts[1]}.");
    }

    /// <summary>Every column with whether it may hold null: a column of an optional complex property (a closure not
    /// proposed yet) may, whatever its property says.</summary>
    private static IEnumerable<(IProperty Property, bool Nullable)> Columns(IEntityType type) =>
        type.GetProperties().Select(p => (p, p.IsNullable))
            .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (p, p.IsNullable || c.IsNullable))));
}
