namespace CaseManagement.Directory.Domain;

/// <summary>
/// The whole unit list in memory, for tree questions asked as of a date: ancestors, descendants and
/// where a merged unit's records count now. Built once per change of the list (a national list is
/// about 12,000 units): each question then walks only the units it returns.
/// </summary>
public sealed class UnitHierarchy
{
    private static readonly IReadOnlyList<AdministrativeUnit> None = [];
    private readonly Dictionary<string, AdministrativeUnit[]> versionsByCode;
    private readonly Dictionary<string, AdministrativeUnit[]> childrenByParent;

    public UnitHierarchy(IEnumerable<AdministrativeUnit> versions)
    {
        var all = versions.ToList();
        versionsByCode = all.GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.ValidFrom ?? DateOnly.MinValue).ToArray(), StringComparer.Ordinal);
        childrenByParent = all.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public int Count => versionsByCode.Values.Sum(v => v.Length);

    public bool Contains(string code) => versionsByCode.ContainsKey(code);

    /// <summary>Every version of a unit, oldest first.</summary>
    public IReadOnlyList<AdministrativeUnit> Versions(string code) => versionsByCode.GetValueOrDefault(code) ?? None;

    /// <summary>The version in force on the date, if the unit exists then.</summary>
    public AdministrativeUnit? InForce(string code, DateOnly date) =>
        versionsByCode.TryGetValue(code, out var versions) ? Array.Find(versions, v => v.IsValidOn(date)) : null;

    /// <summary>The parent, grandparent … up to the province, as in force on the date.</summary>
    public IReadOnlyList<AdministrativeUnit> Ancestors(string code, DateOnly date)
    {
        var result = new List<AdministrativeUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var current = InForce(code, date);
        while (current?.ParentCode is { } parentCode && seen.Add(parentCode) && InForce(parentCode, date) is { } parent)
        {
            result.Add(parent);
            current = parent;
        }

        return result;
    }

    /// <summary>Every unit below one, level by level, as in force on the date; optionally of one tier only.</summary>
    public IReadOnlyList<AdministrativeUnit> Descendants(string code, DateOnly date, AdministrativeLevel? level = null)
    {
        var result = new List<AdministrativeUnit>();
        if (InForce(code, date) is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        var pending = new Queue<string>([code]);
        while (pending.TryDequeue(out var parent))
        {
            if (!childrenByParent.TryGetValue(parent, out var children))
            {
                continue;
            }

            foreach (var child in children)
            {
                if (child.IsValidOn(date) && seen.Add(child.Code))
                {
                    pending.Enqueue(child.Code);
                    if (level is null || child.Level == level)
                    {
                        result.Add(child);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The units in force on the date that a unit's records count toward: the unit itself while it
    /// exists, else its successors (followed through later mergers). Empty when it ended without one.
    /// </summary>
    public IReadOnlyList<AdministrativeUnit> CountsToward(string code, DateOnly date)
    {
        var result = new List<AdministrativeUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([code]);
        while (pending.TryDequeue(out var next))
        {
            if (!seen.Add(next) || !versionsByCode.TryGetValue(next, out var versions))
            {
                continue;
            }

            if (Array.Find(versions, v => v.IsValidOn(date)) is { } inForce)
            {
                result.Add(inForce);
                continue;
            }

            // The last version that ended before the date says where the unit went.
            var ended = versions.LastOrDefault(v => v.ValidTo < date);
            foreach (var successor in ended?.SuccessorCodes ?? [])
            {
                pending.Enqueue(successor);
            }
        }

        return result;
    }
}
