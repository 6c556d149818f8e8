using CaseManagement.BuildingBlocks.Deadlines;
using CaseManagement.BuildingBlocks.Time;

namespace CaseManagement.UnitTests.Time;

public class DeadlineRuleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DeadlineRule Rule(string code, int amount, DeadlineUnit unit, string? province = null, bool? remote = null) => new()
    {
        Module = "cases", Code = code, StartSignal = "case.reported", StopSignals = ["case.verified"], Amount = amount, Unit = unit,
        ProvinceCode = province, Remote = remote,
    };

    [Fact]
    public void Hours_run_through_Tet_and_working_days_skip_it()
    {
        // 16 Feb 2026, 20:00: the eve of Tết Bính Ngọ; the default holidays run to Friday 20 Feb, so the
        // first working days after it are Monday 23 and Tuesday 24 Feb.
        var start = new DateTimeOffset(2026, 2, 16, 20, 0, 0, Vietnam);
        Assert.Equal(new DateTimeOffset(2026, 2, 17, 8, 0, 0, Vietnam), Rule("x", 12, DeadlineUnit.Hours).DueFrom(start, WorkingCalendar.Defaults));
        Assert.Equal(new DateTimeOffset(2026, 2, 25, 0, 0, 0, Vietnam), Rule("x", 2, DeadlineUnit.WorkingDays).DueFrom(start, WorkingCalendar.Defaults));
        Assert.Equal(new DateTimeOffset(2026, 2, 22, 0, 0, 0, Vietnam), Rule("x", 5, DeadlineUnit.Days).DueFrom(start, WorkingCalendar.Defaults));
        Assert.Equal(new DateTimeOffset(2026, 5, 17, 0, 0, 0, Vietnam), Rule("x", 3, DeadlineUnit.Months).DueFrom(start, WorkingCalendar.Defaults));
    }

    [Fact]
    public void The_most_specific_rule_of_a_code_applies()
    {
        var book = new DeadlineRuleBook<object>(
        [
            Rule("police-transfer", 24, DeadlineUnit.Hours),
            Rule("police-transfer", 48, DeadlineUnit.Hours, remote: true),
            Rule("verification", 24, DeadlineUnit.Hours),
            Rule("verification", 2, DeadlineUnit.Hours, province: "79"),
        ]);
        Assert.Equal([24, 24], book.StartedBy("case.reported", "51", remote: false).Select(r => r.Amount));
        Assert.Equal([48, 24], book.StartedBy("case.reported", "51", remote: true).Select(r => r.Amount));
        Assert.Equal([24, 2], book.StartedBy("case.reported", "79", remote: false).Select(r => r.Amount));
        Assert.Equal(["police-transfer", "verification"], book.CodesStoppedBy("case.verified").Order());
        Assert.Empty(book.StartedBy("case.verified", "79", remote: false));
    }

    [Fact]
    public void A_rule_without_a_start_signal_or_amount_is_refused_at_start_up() =>
        Assert.Throws<InvalidOperationException>(() => new DeadlineRuleBook<object>([Rule("x", 0, DeadlineUnit.Hours)]));
}
