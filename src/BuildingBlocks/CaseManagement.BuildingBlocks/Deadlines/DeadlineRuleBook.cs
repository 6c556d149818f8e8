namespace CaseManagement.BuildingBlocks.Deadlines;

/// <summary>A module's deadline rules: its defaults, then the configured rules (which win over a
/// default of the same code and specificity).</summary>
public sealed class DeadlineRuleBook<TContext>
{
    private readonly IReadOnlyList<DeadlineRule> rules;

    public DeadlineRuleBook(IEnumerable<DeadlineRule> rules)
    {
        this.rules = rules.ToList();
        foreach (var rule in this.rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Code) || string.IsNullOrWhiteSpace(rule.StartSignal) || rule.Amount <= 0)
            {
                throw new InvalidOperationException($"Deadline rule '{rule.Code}' needs a code, a start signal and a positive amount.");
            }
        }
    }

    public IReadOnlyList<DeadlineRule> All => rules;

    /// <summary>The rules a signal starts, one per code: the most specific that applies to the unit.</summary>
    public IEnumerable<DeadlineRule> StartedBy(string signal, string? provinceCode, bool remote) => rules
        .Where(r => r.StartSignal == signal && r.AppliesTo(provinceCode, remote))
        .Select((rule, order) => (rule, order))
        .GroupBy(r => r.rule.Code)
        .Select(g => g.OrderByDescending(r => r.rule.Specificity).ThenByDescending(r => r.order).First().rule);

    /// <summary>The codes of the rules a signal stops.</summary>
    public IReadOnlySet<string> CodesStoppedBy(string signal) =>
        rules.Where(r => r.StopSignals.Contains(signal)).Select(r => r.Code).ToHashSet();

    /// <summary>The rule with this code that governs a unit's deadlines (a remote commune's 48 hours, a province's
    /// stricter limit), else the national one: what a deadline of that unit is called.</summary>
    public DeadlineRule? Describe(string code, string? provinceCode, bool remote) =>
        rules.Select((rule, order) => (rule, order))
            .Where(r => r.rule.Code == code && r.rule.AppliesTo(provinceCode, remote))
            .OrderByDescending(r => r.rule.Specificity).ThenByDescending(r => r.order)
            .Select(r => r.rule).FirstOrDefault() ?? Describe(code);

    /// <summary>What a unit's deadline of this rule is called, in the caller's language; its code when no rule has it.</summary>
    public string NameOf(string code, string? provinceCode, bool remote) => Describe(code, provinceCode, remote)?.Name ?? code;

    public DeadlineRule? Describe(string code) => rules.LastOrDefault(r => r.Code == code && r.Specificity == 0) ?? rules.LastOrDefault(r => r.Code == code);
}
