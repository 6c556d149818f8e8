using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.BuildingBlocks.Web;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Reporting.Domain.Rounds;
using CaseManagement.Reporting.Features.Rounds;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseManagement.IntegrationTests.Reporting;

/// <summary>
/// A reporting round as a district sends one: Huyện Ba Tơ (535) asks its communes, Thị trấn Ba Tơ (21484) and
/// Xã Ba Điền (21487), for a report with evidence by a due time, one point for both and one for
/// Ba Tơ only, with the 2026-H1 figures of indicator 0101 pre-filled. Ba Tơ answers, is sent back,
/// answers again; the district follows who has answered and downloads the consolidation.
/// </summary>
public abstract class ReportingRoundTests(CaseManagementHost host) : IAsyncLifetime
{
    private HttpClient district = null!;
    private HttpClient baTo = null!;

    public async Task InitializeAsync()
    {
        await ReportingScenario.PrepareAsync(host);
        district = await host.ClientForAsync(Roles.Manager, "535");
        baTo = await host.ClientForAsync(Roles.SocialWorker, "21484");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static SendRoundRequest Round(string? dueAt = null, IReadOnlyList<string>? recipients = null) => new(
        "3812/SLĐTBXH-TEBĐG&PCTNXH", "Báo cáo kết quả giải quyết kiến nghị sau giám sát đối với lĩnh vực trẻ em",
        dueAt ?? DateTimeOffset.UtcNow.AddDays(2).ToString("O"), EvidenceRequired: true, "2026-H1", ["0101"],
        [
            new RoundPointRequest("Công tác kiện toàn đội ngũ cán bộ, cộng tác viên bảo vệ trẻ em; tập huấn", null, null),
            new RoundPointRequest("Việc ưu tiên bố trí quỹ đất xây dựng các thiết chế văn hóa, thể thao cho trẻ em", "Nêu cụ thể số điểm vui chơi.", ["21484"]),
        ],
        recipients);

    [Fact]
    public async Task A_district_asks_its_communes_a_commune_answers_with_evidence_and_frozen_figures_and_the_district_consolidates()
    {
        await ReportingScenario.ReportOnAsync(baTo, "2026-06-01", "Nguyễn Văn An", "Male", "2015-03-02", "051215000123");
        await ReportingScenario.CasesCountedAsync(host, district, "2026-H1", "21484", 1, abused: 1);

        var round = await district.PostAsJsonAsync("/api/reporting/rounds", Round()).ExpectAsync<RoundView>(HttpStatusCode.Created);
        Assert.Equal(["21484", "21487"], round.Recipients.Select(r => r.UnitCode));
        Assert.Equal(new RoundProgress(2, 0, 0, 2), round.Progress);
        Assert.All(round.Recipients, r => Assert.Equal("Chưa báo cáo", r.StatusName));

        // Ba Tơ's inbox, and its answer with both points and today's figures.
        var inbox = await baTo.GetFromJsonAsync<PagedResponse<RoundSummary>>("/api/reporting/rounds", HttpExtensions.Json);
        Assert.Equal(AnswerStatus.Pending, inbox!.Items.Single(r => r.Id == round.Id).OwnAnswer);
        var answerUrl = $"/api/reporting/rounds/{round.Id}/answers/21484";
        var answer = await baTo.GetFromJsonAsync<AnswerView>(answerUrl, HttpExtensions.Json);
        Assert.Equal([1, 2], answer!.Points.Select(p => p.Number));
        Assert.False(answer.StatisticsFrozen);
        Assert.Equal(1, answer.Statistics.Single().Total);

        // Nothing answered, then a stale version, then no evidence: each refused with what is missing.
        await baTo.PostAsJsonAsync($"{answerUrl}/submission", new AnswerVersionRequest(answer.Version)).ExpectProblemAsync(HttpStatusCode.Conflict, "answer.points_missing");
        var draft = new AnswerDraftRequest(answer.Version, [new(1, "02 cán bộ, 12 cộng tác viên; 01 lớp tập huấn năm 2024."), new(2, "03 điểm vui chơi tại nhà văn hóa tổ dân phố.")]);
        answer = await baTo.PutAsJsonAsync(answerUrl, draft).ExpectAsync<AnswerView>(HttpStatusCode.OK);
        Assert.Equal(AnswerStatus.Draft, answer.Status);
        await baTo.PutAsJsonAsync(answerUrl, draft).ExpectProblemAsync(HttpStatusCode.Conflict, "concurrency");
        await baTo.PostAsJsonAsync($"{answerUrl}/submission", new AnswerVersionRequest(answer.Version)).ExpectProblemAsync(HttpStatusCode.Conflict, "answer.evidence_missing");

        // Evidence is recognised by its content, not its name.
        var refused = await baTo.PostAsync($"{answerUrl}/evidence", File("ke-hoach.pdf", "chỉ là chữ"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("file", (await refused.ReadJsonAsync()).Errors().Keys);
        var mistaken = await baTo.PostAsync($"{answerUrl}/evidence", File("ảnh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])).ExpectAsync<EvidenceView>(HttpStatusCode.Created);
        await baTo.DeleteAsync($"{answerUrl}/evidence/{mistaken.Id}").ExpectStatusAsync(HttpStatusCode.NoContent);
        var evidence = await baTo.PostAsync($"{answerUrl}/evidence", File("Quyết định 108-QĐ-UBND.pdf", "%PDF-1.4 quyết định"u8.ToArray())).ExpectAsync<EvidenceView>(HttpStatusCode.Created);
        Assert.Equal(("Quyết định 108-QĐ-UBND.pdf", "application/pdf"), (evidence.FileName, evidence.ContentType));
        answer = await baTo.GetFromJsonAsync<AnswerView>(answerUrl, HttpExtensions.Json);
        answer = await baTo.PostAsJsonAsync($"{answerUrl}/submission", new AnswerVersionRequest(answer!.Version)).ExpectAsync<AnswerView>(HttpStatusCode.OK);
        Assert.Equal((AnswerStatus.Submitted, "Đã gửi", false, true), (answer.Status, answer.StatusName, answer.Late, answer.StatisticsFrozen));
        await baTo.PutAsJsonAsync(answerUrl, draft with { Version = answer.Version }).ExpectProblemAsync(HttpStatusCode.Conflict, "answer.submitted");

        // A case reported later does not change what Ba Tơ submitted.
        await ReportingScenario.ReportOnAsync(baTo, "2026-06-02", "Đinh Thị Hoa", "Female", "2019-01-10", null);
        await ReportingScenario.CasesCountedAsync(host, district, "2026-H1", "21484", 2, abused: 2);
        Assert.Equal(1, (await district.GetFromJsonAsync<AnswerView>(answerUrl, HttpExtensions.Json))!.Statistics.Single().Total);

        var board = await district.GetFromJsonAsync<RoundView>($"/api/reporting/rounds/{round.Id}", HttpExtensions.Json);
        Assert.Equal(new RoundProgress(2, 1, 0, 1), board!.Progress);
        Assert.Equal((AnswerStatus.Submitted, 1), (board.Recipients[0].Status, board.Recipients[0].Evidence));
        using var download = await district.GetAsync($"{answerUrl}/evidence/{evidence.Id}");
        Assert.Equal("%PDF-1.4 quyết định", await download.Content.ReadAsStringAsync());

        // Sent back for completion, then submitted again with today's figures.
        answer = await district.PostAsJsonAsync($"{answerUrl}/return", new ReturnAnswerRequest(answer.Version, "Bổ sung số lớp tập huấn năm 2023."))
            .ExpectAsync<AnswerView>(HttpStatusCode.OK);
        Assert.Equal((AnswerStatus.Returned, "Bổ sung số lớp tập huấn năm 2023."), (answer.Status, answer.ReturnComment));
        answer = await baTo.PutAsJsonAsync(answerUrl, draft with { Version = answer.Version, Points = [new(1, "02 cán bộ; 01 lớp năm 2023, 01 lớp năm 2024."), new(2, "03 điểm vui chơi.")] })
            .ExpectAsync<AnswerView>(HttpStatusCode.OK);
        answer = await baTo.PostAsJsonAsync($"{answerUrl}/submission", new AnswerVersionRequest(answer.Version)).ExpectAsync<AnswerView>(HttpStatusCode.OK);
        Assert.Equal(2, answer.Statistics.Single().Total);

        var consolidated = await district.GetFromJsonAsync<ConsolidatedRound>($"/api/reporting/rounds/{round.Id}/consolidated", HttpExtensions.Json);
        Assert.Equal(["21484", "21487"], consolidated!.Points[0].Answers.Select(a => a.UnitCode));
        Assert.Equal(["21484"], consolidated.Points[1].Answers.Select(a => a.UnitCode));
        Assert.Equal("02 cán bộ; 01 lớp năm 2023, 01 lớp năm 2024.", consolidated.Points[0].Answers[0].Narrative);
        Assert.Equal([("21484", true, 2), ("21487", false, 0)], consolidated.Statistics.Select(s => (s.UnitCode, s.Frozen, s.Totals["0101"])));
        var cells = Cells(await district.GetByteArrayAsync($"/api/reporting/rounds/{round.Id}/consolidated/export"));
        Assert.Contains("TỔNG HỢP BÁO CÁO: Báo cáo kết quả giải quyết kiến nghị sau giám sát đối với lĩnh vực trẻ em", cells);
        Assert.Contains("Đã báo cáo: 1/2 đơn vị; chậm hạn: 0", cells);
        Assert.Contains("02 cán bộ; 01 lớp năm 2023, 01 lớp năm 2024.", cells);
        using var pdf = await district.GetAsync($"/api/reporting/rounds/{round.Id}/consolidated/export?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await district.GetAsync($"/api/reporting/rounds/{round.Id}/consolidated/export?format=doc").ExpectStatusAsync(HttpStatusCode.BadRequest);

        // Closed: nobody answers any more.
        var closed = await district.PostAsJsonAsync($"/api/reporting/rounds/{round.Id}/closure", new AnswerVersionRequest(board.Version)).ExpectAsync<RoundView>(HttpStatusCode.OK);
        Assert.Equal(RoundStatus.Closed, closed.Status);
        using var baDien = await host.ClientForAsync(Roles.SocialWorker, "21487");
        var late = await baDien.GetFromJsonAsync<AnswerView>($"/api/reporting/rounds/{round.Id}/answers/21487", HttpExtensions.Json);
        await baDien.PutAsJsonAsync($"/api/reporting/rounds/{round.Id}/answers/21487", new AnswerDraftRequest(late!.Version, [new(1, "Chưa có.")]))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "round.closed");
    }

    [Fact]
    public async Task Only_the_sender_and_the_asked_units_see_a_round_and_bad_requests_get_field_errors()
    {
        var invalid = await district.PostAsJsonAsync("/api/reporting/rounds", Round("next week") with { Title = " ", Points = [] });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["dueAt", "points", "title"], (await invalid.ReadJsonAsync()).Errors().Keys.Order());
        var past = await district.PostAsJsonAsync("/api/reporting/rounds", Round(DateTimeOffset.UtcNow.AddHours(-1).ToString("O")));
        Assert.Equal(["dueAt"], (await past.ReadJsonAsync()).Errors().Keys);
        var stranger = await district.PostAsJsonAsync("/api/reporting/rounds", Round(recipients: ["21484", "21025"]));
        Assert.Equal(["recipients[1]"], (await stranger.ReadJsonAsync()).Errors().Keys);
        await baTo.PostAsJsonAsync("/api/reporting/rounds", Round()).ExpectStatusAsync(HttpStatusCode.Forbidden);

        var round = await district.PostAsJsonAsync("/api/reporting/rounds", Round(recipients: ["21484"])).ExpectAsync<RoundView>(HttpStatusCode.Created);
        using var baDien = await host.ClientForAsync(Roles.SocialWorker, "21487");
        using var nguyenNghiem = await host.ClientForAsync(Roles.Manager, "522");
        await baDien.GetAsync($"/api/reporting/rounds/{round.Id}").ExpectProblemAsync(HttpStatusCode.NotFound, "round.not_found");
        await nguyenNghiem.GetAsync($"/api/reporting/rounds/{round.Id}/answers/21484").ExpectProblemAsync(HttpStatusCode.NotFound, "round.not_found");
        Assert.DoesNotContain((await baDien.GetFromJsonAsync<PagedResponse<RoundSummary>>("/api/reporting/rounds", HttpExtensions.Json))!.Items, r => r.Id == round.Id);
        var sent = await district.GetFromJsonAsync<PagedResponse<RoundSummary>>("/api/reporting/rounds?pageSize=1", HttpExtensions.Json);
        Assert.Equal((1, 1, true), (sent!.Total, sent.Items.Count, sent.Items[0].IsSender));
        await district.GetAsync("/api/reporting/rounds?pageSize=0").ExpectStatusAsync(HttpStatusCode.BadRequest);
        // The province oversees the district's round but does not run it.
        using var province = await host.ClientForAsync(Roles.Manager, "51");
        Assert.Equal(1, (await province.GetFromJsonAsync<RoundView>($"/api/reporting/rounds/{round.Id}", HttpExtensions.Json))!.Progress.Recipients);
        await province.PostAsJsonAsync($"/api/reporting/rounds/{round.Id}/closure", new AnswerVersionRequest(round.Version))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "round.not_sender");
        var own = await baTo.GetFromJsonAsync<RoundView>($"/api/reporting/rounds/{round.Id}", HttpExtensions.Json);
        Assert.Equal((false, 1), (own!.IsSender, own.Recipients.Count));
        // The asked unit writes its own answer; the sender does not write it for them.
        var answer = await baTo.GetFromJsonAsync<AnswerView>($"/api/reporting/rounds/{round.Id}/answers/21484", HttpExtensions.Json);
        await district.PutAsJsonAsync($"/api/reporting/rounds/{round.Id}/answers/21484", new AnswerDraftRequest(answer!.Version, []))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "answer.not_own");
        await baTo.GetAsync($"/api/reporting/rounds/{round.Id}/consolidated").ExpectStatusAsync(HttpStatusCode.Forbidden);
        await baTo.PutAsJsonAsync($"/api/reporting/rounds/{round.Id}/answers/21484", new AnswerDraftRequest(answer.Version, [new(7, "?")]))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "answer.unknown_point");
    }

    private static MultipartFormDataContent File(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static List<string> Cells(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        return document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportingRoundsOnSqlite(SqliteHost host) : ReportingRoundTests(host);

[Collection(PostgresCollection.Name)]
public sealed class ReportingRoundsOnPostgres(PostgresRabbitHost host) : ReportingRoundTests(host);
