using CaseManagement.Reporting.Domain;
using CaseManagement.Reporting.Domain.Indicators;

namespace CaseManagement.Reporting.Projection;

/// <summary>
/// What a batch of events changes in the cells: for each case, its contributions before and after;
/// for each child in those cases, their contributions across all their cases before and after.
/// Pure: the caller loads the states and applies the deltas.
/// </summary>
public sealed class CellDeltas(IndicatorRules rules, IUnitChains units)
{
    private static readonly HashSet<string> Empty = [];

    public Dictionary<string, int> Deltas { get; } = new(StringComparer.Ordinal);

    /// <param name="before">The changed cases as they were (empty state when new).</param>
    /// <param name="after">The changed cases as they are now.</param>
    /// <param name="otherCasesOfChildren">Unchanged cases of the children involved.</param>
    public void Add(IReadOnlyDictionary<Guid, CaseState> before, IReadOnlyDictionary<Guid, CaseState> after, IReadOnlyCollection<CaseState> otherCasesOfChildren)
    {
        foreach (var (id, now) in after)
        {
            Contributions.Diff(Of(rules.OfCase(before[id])), Of(rules.OfCase(now)), Deltas);
        }

        var changedCasesOf = before.Values.Concat(after.Values)
            .SelectMany(c => c.Children.Select(ch => (ch.ChildId, c.CaseId)))
            .ToLookup(x => x.ChildId, x => x.CaseId);
        var othersOf = otherCasesOfChildren.SelectMany(c => c.Children.Select(ch => (ch.ChildId, Case: c))).ToLookup(x => x.ChildId, x => x.Case);
        foreach (var group in changedCasesOf)
        {
            var child = group.Key;
            var changed = group.Distinct().ToList();
            var others = othersOf[child].ToList();
            Contributions.Diff(
                Of(rules.OfChild(child, others.Concat(changed.Select(id => before[id])))),
                Of(rules.OfChild(child, others.Concat(changed.Select(id => after[id])))),
                Deltas);
        }
    }

    /// <summary>Every contribution of the cases, and of the children found only in them, as if counted from nothing (a recount).</summary>
    public void AddAll(IReadOnlyCollection<CaseState> cases, IEnumerable<Guid> childrenOnlyInTheseCases)
    {
        foreach (var c in cases)
        {
            Contributions.Diff(Empty, Of(rules.OfCase(c)), Deltas);
        }

        AddChildren(childrenOnlyInTheseCases, cases);
    }

    /// <summary>The contributions of children across the given cases (all of their cases), as if counted from nothing.</summary>
    public void AddChildren(IEnumerable<Guid> children, IReadOnlyCollection<CaseState> cases)
    {
        var casesOf = cases.SelectMany(c => c.Children.Select(ch => (ch.ChildId, Case: c))).ToLookup(x => x.ChildId, x => x.Case);
        foreach (var child in children)
        {
            Contributions.Diff(Empty, Of(rules.OfChild(child, casesOf[child])), Deltas);
        }
    }

    private HashSet<string> Of(IEnumerable<IndicatorFact> facts) => Contributions.Of(facts, rules, units);
}
