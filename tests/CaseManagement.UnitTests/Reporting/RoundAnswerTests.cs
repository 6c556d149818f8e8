using CaseManagement.Reporting.Domain.Rounds;

namespace CaseManagement.UnitTests.Reporting;

/// <summary>A unit's answer to a reporting round: which points it must answer, evidence, returns,
/// closing, and when it is late (as a district asked: due at 10:00 on 3 July 2024).</summary>
public sealed class RoundAnswerTests
{
    private static readonly DateTimeOffset Due = new(2024, 7, 3, 10, 0, 0, TimeSpan.FromHours(7));

    private static ReportingRound Round(bool evidenceRequired = false) => ReportingRound.Send(
        Guid.NewGuid(), "3812/SLĐTBXH", "Báo cáo kết quả", "535", "manager", Due.AddDays(-10), Due, evidenceRequired, null, [],
        [new RoundPoint(1, "Kiện toàn đội ngũ", null, []), new RoundPoint(2, "Quỹ đất cho trẻ em", null, ["21484"])]);

    [Fact]
    public void A_unit_answers_only_the_points_put_to_it_and_must_answer_them_all()
    {
        var round = Round();
        var baDien = RoundAnswer.AwaitedFrom(round.Id, "21487", "Xã Ba Điền");
        Assert.Equal([1], round.PointsFor("21487").Select(p => p.Number));
        Assert.Equal("answer.unknown_point", Assert.Throws<RoundRuleException>(() => baDien.Write(round, new Dictionary<int, string> { [2] = "x" }, "w", Due)).Code);

        var baTo = RoundAnswer.AwaitedFrom(round.Id, "21484", "Thị trấn Ba Tơ");
        baTo.Write(round, new Dictionary<int, string> { [1] = "02 cán bộ", [2] = "  " }, "w", Due.AddDays(-1));
        var missing = Assert.Throws<RoundRuleException>(() => baTo.Submit(round, 0, null, "w", Due.AddDays(-1)));
        Assert.Equal(("answer.points_missing", "2"), (missing.Code, missing.Arguments[0]));
        Assert.Equal((AnswerStatus.Draft, 2), (baTo.Status, baTo.Version));
    }

    [Fact]
    public void Evidence_is_needed_when_the_round_asks_for_it_and_a_submitted_answer_changes_only_after_a_return()
    {
        var round = Round(evidenceRequired: true);
        var answer = RoundAnswer.AwaitedFrom(round.Id, "21487", "Xã Ba Điền");
        answer.Write(round, new Dictionary<int, string> { [1] = "01 cán bộ" }, "w", Due.AddHours(-2));
        Assert.Equal("answer.evidence_missing", Assert.Throws<RoundRuleException>(() => answer.Submit(round, 0, null, "w", Due.AddHours(-1))).Code);
        answer.Submit(round, 1, """{"0101":{"*":3}}""", "w", Due.AddHours(-1));
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.Equal("answer.submitted", Assert.Throws<RoundRuleException>(() => answer.Write(round, new Dictionary<int, string> { [1] = "y" }, "w", Due)).Code);

        answer.Return(round, "Bổ sung", "manager", Due);
        Assert.Equal((AnswerStatus.Returned, null, null), (answer.Status, answer.Figures, answer.SubmittedAt));
        answer.Write(round, new Dictionary<int, string> { [1] = "02 cán bộ" }, "w", Due.AddHours(1));
        Assert.Equal(AnswerStatus.Returned, answer.Status); // Still shown as sent back until submitted again.
        answer.Submit(round, 1, null, "w", Due.AddHours(2));
        Assert.True(answer.IsLate(Due, Due.AddDays(1)));
    }

    [Fact]
    public void An_answer_is_late_when_submitted_after_the_due_time_or_still_missing_after_it()
    {
        var round = Round();
        var pending = RoundAnswer.AwaitedFrom(round.Id, "21487", "Xã Ba Điền");
        Assert.False(pending.IsLate(Due, Due));
        Assert.True(pending.IsLate(Due, Due.AddMinutes(1)));

        var onTime = RoundAnswer.AwaitedFrom(round.Id, "21487", "Xã Ba Điền");
        onTime.Write(round, new Dictionary<int, string> { [1] = "x" }, "w", Due.AddHours(-1));
        onTime.Submit(round, 0, null, "w", Due.AddMinutes(-1));
        Assert.False(onTime.IsLate(Due, Due.AddDays(30)));
    }

    [Fact]
    public void A_closed_round_takes_no_more_answers_and_closes_once()
    {
        var round = Round();
        var answer = RoundAnswer.AwaitedFrom(round.Id, "21487", "Xã Ba Điền");
        round.Close(Due);
        Assert.Equal("round.closed", Assert.Throws<RoundRuleException>(() => answer.Write(round, new Dictionary<int, string> { [1] = "x" }, "w", Due)).Code);
        Assert.Equal("round.closed", Assert.Throws<RoundRuleException>(() => round.Close(Due)).Code);
    }
}
