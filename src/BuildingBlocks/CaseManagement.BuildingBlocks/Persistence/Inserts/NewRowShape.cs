using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CaseManagement.BuildingBlocks.Persistence.Inserts;

/// <summary>
/// How the new rows of one entity type are inserted without EF's change tracker, read once from EF's
/// model: the table, each column with how its value is read from the entity (through complex
/// properties) and converted for the database, the store-generated columns the insert returns, the
/// navigations to the dependent rows saved with it, and its place in foreign-key order. Only a type
/// with a table of its own and no inheritance is taken; anything else is refused when the shape is
/// first asked for.
/// </summary>
internal sealed class NewRowShape
{
    private static readonly ConcurrentDictionary<IEntityType, NewRowShape> Shapes = new();

    private readonly ConcurrentDictionary<(int Rows, bool Returning), string> insertSql = new();

    private NewRowShape(IEntityType type, ISqlGenerationHelper sql)
    {
        EntityType = type;
        var table = type.GetTableName() ?? throw Refused(type, "it is not mapped to a table");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        if (type.IsOwned() || type.BaseType is not null || type.GetDerivedTypes().Any() || type.GetSkipNavigations().Any()
            || type.GetTableMappings().Single().Table.EntityTypeMappings.Count() > 1)
        {
            throw Refused(type, "only a type with a table of its own, no inheritance and no many-to-many navigation is supported");
        }

        var columns = new List<NewRowColumn>();
        AddColumns(type, [], store, columns);
        Written = columns.Where(c => !c.IsStoreGenerated).ToList();
        Generated = columns.Where(c => c.IsStoreGenerated).ToList();
        Table = sql.DelimitIdentifier(table, type.GetSchema());
        ColumnList = string.Join(", ", Written.Select(c => sql.DelimitIdentifier(c.Name)));
        Returning = Generated.Count == 0 ? "" : " RETURNING " + string.Join(", ", Generated.Select(c => sql.DelimitIdentifier(c.Name)));
        Dependents = type.GetNavigations().Where(n => !n.IsOnDependent).ToList();
        Depth = DepthOf(type, []);
    }

    public IEntityType EntityType { get; }

    public IReadOnlyList<NewRowColumn> Written { get; }

    public IReadOnlyList<NewRowColumn> Generated { get; }

    /// <summary>Navigations from this row to rows that depend on it (a case's children and reports).</summary>
    public IReadOnlyList<INavigation> Dependents { get; }

    /// <summary>Foreign-key depth: a row is inserted after the rows of every smaller depth.</summary>
    public int Depth { get; }

    private string Table { get; }

    private string ColumnList { get; }

    private string Returning { get; }

    public static NewRowShape For(IEntityType type, ISqlGenerationHelper sql) => Shapes.GetOrAdd(type, static (t, s) => new NewRowShape(t, s), sql);

    /// <summary><c>INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)</c> for this many rows, then, when asked
    /// for, the generated columns.</summary>
    public string InsertSql(int rows, bool returning) => insertSql.GetOrAdd((rows, returning), key =>
    {
        var count = key.Rows;
        var text = new StringBuilder("INSERT INTO ").Append(Table).Append(" (").Append(ColumnList).Append(") VALUES ");
        var parameter = 1;
        for (var row = 0; row < count; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Written.Count; column++)
            {
                text.Append(column == 0 ? "$" : ", $").Append(parameter++.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(')');
        }

        return text.Append(key.Returning ? Returning : "").ToString();
    });

    private static void AddColumns(ITypeBase type, IReadOnlyList<IComplexProperty> path, StoreObjectIdentifier store, List<NewRowColumn> columns)
    {
        foreach (var property in type.GetProperties())
        {
            var name = property.GetColumnName(store) ?? throw Refused(type, $"'{property.Name}' has no column");
            if (property.TryGetDefaultValue(out _))
            {
                throw Refused(type, $"'{property.Name}' has a default value, which only EF's save applies");
            }

            columns.Add(new NewRowColumn(name, property, path, IsStoreGenerated(property)));
        }

        foreach (var complex in type.GetComplexProperties())
        {
            if (complex.IsCollection)
            {
                throw Refused(type, $"'{complex.Name}' is a collection of complex values");
            }

            AddColumns(complex.ComplexType, [.. path, complex], store, columns);
        }
    }

    /// <summary>A value the database gives (an identity, a default or computed SQL); a client-generated
    /// value (a Guid key) is already on the entity when it is added.</summary>
    private static bool IsStoreGenerated(IProperty property) =>
        property.ValueGenerated != ValueGenerated.Never
        && (NpgsqlPropertyExtensions.GetValueGenerationStrategy(property) != NpgsqlValueGenerationStrategy.None
            || property.GetDefaultValueSql() is not null
            || property.GetComputedColumnSql() is not null);

    private static int DepthOf(IEntityType type, HashSet<IEntityType> visiting)
    {
        if (!visiting.Add(type))
        {
            throw Refused(type, "its foreign keys form a cycle");
        }

        var depth = type.GetForeignKeys().Select(fk => fk.PrincipalEntityType)
            .Select(principal => principal == type ? throw Refused(type, "it references its own table") : DepthOf(principal, visiting) + 1)
            .DefaultIfEmpty(0).Max();
        visiting.Remove(type);
        return depth;
    }

    private static NotSupportedException Refused(ITypeBase type, string why) =>
        new($"New rows of '{type.DisplayName()}' cannot be inserted past the change tracker: {why}.");
}
