using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.WebTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.WebTests;

/// <summary>The commune's support and intervention work in the browser: the chair's emergency decision and separation, the
/// plan returned and approved, the review and closure, the police.</summary>
[Collection(WebCollection.Name)]
public sealed class SupportJourneyTests(WebFixture web)
{
    [Fact]
    public async Task The_social_worker_assesses_an_emergency_and_the_chair_decides_it_separates_the_child_extends_and_ends_the_separation()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Khẩn Cấp " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.VerifiedAsync(api, taken.Id);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Đánh giá ban đầu (Mẫu 02)", Exact = true }).ClickAsync();
        await worker.GetByLabel("Mức độ tổn hại").SelectOptionAsync("High");
        await worker.GetByLabel("Nguy cơ tiếp tục bị tổn hại").SelectOptionAsync("High");
        await worker.GetByLabel("Cần can thiệp khẩn cấp").CheckAsync();
        await worker.GetByLabel("Lý do").FillAsync("Cha say rượu, đe dọa đánh tiếp.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Đánh giá ban đầu (Mẫu 02).");

        // The chair, in another browser, finds the decision waiting on home and takes it.
        await using var chairContext = await web.NewContextAsync();
        var chair = await chairContext.SignInAsync("demo.communechair");
        await OpenAwaitingDecisionAsync(chair, taken.Number);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ {taken.Number}");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Quyết định can thiệp khẩn cấp", Exact = true }).ClickAsync();
        await chair.GetByLabel("Số quyết định").FillAsync("05/QĐ-UBND");
        await chair.Locator("input[name='Form.Measures'][value='SafeShelter']").CheckAsync();
        await chair.AssertAccessibleAsync();
        await chair.AssertNoSidewaysScrollAsync();
        await chair.KeepScreenshotAsync("emergency");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Quyết định can thiệp khẩn cấp.");

        await chair.GetByRole(AriaRole.Link, new() { Name = "Tách trẻ khỏi môi trường (Mẫu 07)", Exact = true }).ClickAsync();
        await chair.GetByLabel("Số quyết định").FillAsync("06/QĐ-UBND");
        await chair.GetByLabel("Nơi chăm sóc thay thế").SelectOptionAsync("TemporaryCarer");
        await chair.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Lan");
        await chair.GetByLabel("Quan hệ với trẻ").FillAsync("Bà ngoại");
        await chair.AssertAccessibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Tách trẻ khỏi môi trường (Mẫu 07).");
        await chair.OpenPartAsync("Khẩn cấp, tách trẻ");
        await Expect(chair.Locator("main")).ToContainTextAsync("06/QĐ-UBND");
        await chair.AssertAccessibleAsync();
        await chair.OpenPartAsync("Tóm tắt");

        // The competent authority extends the separation; later the child goes home, assessed safe.
        await chair.GetByRole(AriaRole.Link, new() { Name = "Gia hạn thời gian tách trẻ", Exact = true }).ClickAsync();
        await chair.GetByLabel("Cơ quan quyết định gia hạn").FillAsync("UBND thành phố Quảng Ngãi");
        await chair.GetByLabel("Số quyết định").FillAsync("112/QĐ-UBND");
        await chair.GetByLabel("Gia hạn đến hết ngày").FillAsync(Procedure.InDays(40));
        await chair.AssertAccessibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Gia hạn thời gian tách trẻ.");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Chấm dứt việc tách trẻ", Exact = true }).ClickAsync();
        await chair.GetByLabel("Lý do chấm dứt").SelectOptionAsync("HomeAssessedSafe");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Chấm dứt việc tách trẻ.");
        await Expect(chair.GetByRole(AriaRole.Link, new() { Name = "Chấm dứt việc tách trẻ", Exact = true })).ToHaveCountAsync(0);
        await chair.OpenPartAsync("Khẩn cấp, tách trẻ");
        await Expect(chair.Locator("main")).ToContainTextAsync("đã kết thúc:");

        // Both people's steps are on the case's record, with who took them.
        await worker.ReloadAsync();
        await worker.OpenPartAsync("Khẩn cấp, tách trẻ");
        await Expect(worker.Locator("main")).ToContainTextAsync("05/QĐ-UBND");
        await worker.OpenPartAsync("Diễn biến");
        await Expect(worker.Locator(".timeline")).ToContainTextAsync("demo.socialworker");
        await Expect(worker.Locator(".timeline")).ToContainTextAsync("demo.communechair");
    }

    [Fact]
    public async Task A_plan_with_a_Directory_provider_is_returned_by_the_chair_with_a_comment_redrafted_and_approved()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Kế Hoạch " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.PlanningAsync(api, taken.Id);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Soạn kế hoạch hỗ trợ (Mẫu 04)", Exact = true }).ClickAsync();
        // Sent empty: the API's error comes back beside its field (an empty service row is not sent), and the row stays.
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.Locator(".field.invalid", new() { Has = worker.GetByLabel("Mục tiêu") })).ToContainTextAsync("Bắt buộc.");
        await Expect(worker.GetByLabel("Dịch vụ và nơi cung cấp")).ToHaveCountAsync(1);
        await worker.AssertAccessibleAsync();
        await worker.GetByLabel("Mục tiêu").FillAsync("Trẻ ổn định tâm lý, trở lại lớp.");
        var provider = await worker.Locator("select[name='Form.Items[0].Service'] option[value^='PsychologicalCare|']").Nth(1).GetAttributeAsync("value");
        await worker.GetByLabel("Dịch vụ và nơi cung cấp").SelectOptionAsync(provider!);
        await worker.GetByLabel("Từ ngày").FillAsync(Procedure.Today);
        await worker.GetByLabel("Đến ngày").FillAsync(Procedure.InDays(60));
        await worker.GetByLabel("Kinh phí dự kiến (đồng)").FillAsync("1.500.000");
        await worker.AssertAccessibleAsync();
        await worker.AssertNoSidewaysScrollAsync();
        await worker.KeepScreenshotAsync("plan");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Soạn kế hoạch hỗ trợ (Mẫu 04).");
        await worker.OpenPartAsync("Kế hoạch");
        await Expect(worker.Locator("section.plan")).ToContainTextAsync("1.500.000 đ");
        await worker.AssertAccessibleAsync();
        await worker.OpenPartAsync("Tóm tắt");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Trình kế hoạch", Exact = true }).ClickAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Trình kế hoạch.");

        await using var chairContext = await web.NewContextAsync();
        var chair = await chairContext.SignInAsync("demo.communechair");
        await OpenAwaitingDecisionAsync(chair, taken.Number);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ {taken.Number}");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Phê duyệt kế hoạch (Mẫu 05)", Exact = true }).ClickAsync();
        await chair.GetByLabel("Trả lại để sửa").CheckAsync();
        await chair.GetByLabel("Ý kiến").FillAsync("Bổ sung hỗ trợ học tập.");
        await chair.AssertAccessibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Phê duyệt kế hoạch (Mẫu 05).");

        // The social worker finds the plan as it was, with the chair's comment, and adds a service.
        await worker.GotoAsync($"/cases/{taken.Id}/plan-draft");
        await Expect(worker.Locator("main")).ToContainTextAsync("Bổ sung hỗ trợ học tập.");
        await Expect(worker.GetByLabel("Mục tiêu")).ToHaveValueAsync("Trẻ ổn định tâm lý, trở lại lớp.");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Thêm dịch vụ" }).ClickAsync();
        await worker.Locator("select[name='Form.Items[1].Service']").SelectOptionAsync("EducationSupport|");
        await worker.Locator("input[name='Form.Items[1].ResponsiblePerson']").FillAsync("Giáo viên chủ nhiệm");
        await worker.Locator("input[name='Form.Items[1].StartOn']").FillAsync(Procedure.Today);
        await worker.Locator("input[name='Form.Items[1].ExpectedEndOn']").FillAsync(Procedure.InDays(90));
        await worker.Locator("input[name='Form.Items[1].EstimatedCostVnd']").FillAsync("0");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Soạn kế hoạch hỗ trợ (Mẫu 04).");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Trình kế hoạch", Exact = true }).ClickAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Trình kế hoạch.");

        await chair.GotoAsync($"/cases/{taken.Id}/plan-decision");
        await Expect(chair.Locator("section.plan")).ToContainTextAsync("Giáo viên chủ nhiệm");
        await chair.GetByLabel("Phê duyệt", new() { Exact = true }).CheckAsync();
        await chair.GetByLabel("Số quyết định").FillAsync("21/QĐ-UBND");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Phê duyệt kế hoạch (Mẫu 05).");
        await Procedure.WaitForStatusAsync(api, taken.Id, "Support");
    }

    [Fact]
    public async Task A_monitoring_visit_and_a_review_that_proposes_closure_lead_to_the_chairs_closure_and_the_social_worker_reopens()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        using var chairApi = await web.ApiForAsync("demo.communechair");
        var taken = await Reports.TakeAsync(api, "Rà Soát " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.InSupportAsync(api, chairApi, taken.Id);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Theo dõi", Exact = true }).ClickAsync();
        await worker.GetByLabel("Ngày theo dõi").FillAsync(Procedure.Today);
        await worker.GetByLabel("Hình thức").SelectOptionAsync("HomeVisit");
        await worker.GetByLabel("Ghi nhận", new() { Exact = true }).FillAsync("Trẻ đi học đều, vui vẻ.");
        await worker.GetByLabel("Tình hình của trẻ").SelectOptionAsync("Improving");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Theo dõi.");
        await worker.OpenPartAsync("Các lần theo dõi");
        await Expect(worker.Locator("main .entries")).ToContainTextAsync("Trẻ đi học đều, vui vẻ.");
        await worker.OpenPartAsync("Tóm tắt");

        await worker.GetByRole(AriaRole.Link, new() { Name = "Rà soát, đánh giá (Mẫu 06)", Exact = true }).ClickAsync();
        await worker.GetByLabel("Ngày rà soát").FillAsync(Procedure.Today);
        await worker.GetByLabel("Mức độ tổn hại còn lại").SelectOptionAsync("Low");
        await worker.GetByLabel("Nguy cơ người gây hại tiếp cận trẻ").SelectOptionAsync("Low");
        await worker.GetByLabel("Trở ngại trong chăm sóc").SelectOptionAsync("Low");
        await worker.GetByLabel("Khả năng tự bảo vệ của trẻ (mức nguy cơ)").SelectOptionAsync("Low");
        await worker.GetByLabel("Kết quả rà soát").FillAsync("Trẻ an toàn, gia đình ổn định.");
        await worker.GetByLabel("Kiến nghị").SelectOptionAsync("Close");
        await worker.AssertAccessibleAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Rà soát, đánh giá (Mẫu 06).");

        // A review that recommends closing proposes the closure to the chair.
        await Procedure.WaitForStatusAsync(api, taken.Id, "ClosureProposed");

        await using var chairContext = await web.NewContextAsync();
        var chair = await chairContext.SignInAsync("demo.communechair");
        // Home leads the chair straight to the decision.
        await OpenAwaitingDecisionAsync(chair, taken.Number);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quyết định đóng hồ sơ");
        await chair.GetByLabel("Đồng ý đóng hồ sơ").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Quyết định đóng hồ sơ.");
        await chair.OpenPartAsync("Rà soát, đóng hồ sơ");
        await Expect(chair.Locator("main")).ToContainTextAsync("Trẻ an toàn, gia đình ổn định.");
        await Expect(chair.Locator("main")).ToContainTextAsync("Đồng ý đóng hồ sơ · demo.communechair");
        await chair.AssertAccessibleAsync();

        await worker.ReloadAsync();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Mở lại hồ sơ", Exact = true }).ClickAsync();
        await worker.GetByLabel("Lý do mở lại").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Mở lại hồ sơ.");
        Assert.Equal("InitialAssessment", (await Procedure.CaseAsync(api, taken.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_social_worker_refers_a_case_to_the_police_with_chosen_fields_and_acknowledges_a_crime_report_from_home()
    {
        using var api = await web.ApiForAsync("demo.socialworker");
        var taken = await Reports.TakeAsync(api, "Công An " + Guid.NewGuid().ToString("N")[..4], DateTimeOffset.UtcNow.AddHours(-3));
        await Procedure.VerifiedAsync(api, taken.Id);

        await using var workerContext = await web.NewContextAsync();
        var worker = await workerContext.SignInAsync("demo.socialworker");
        await worker.GotoAsync($"/cases/{taken.Id}");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Chuyển cơ quan công an", Exact = true }).ClickAsync();
        await worker.GetByLabel("Cơ quan công an").SelectOptionAsync(new SelectOptionValue { Label = "Công an phường Nguyễn Nghiêm" });
        await worker.Locator("input[name='Form.Disclose'][value='child.sexAndAge']").CheckAsync();
        await worker.Locator("input[name='Form.Disclose'][value='incident.classification']").CheckAsync();
        await worker.AssertAccessibleAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Chuyển cơ quan công an.");
        await worker.OpenPartAsync("Công an");
        await Expect(worker.Locator(".referrals")).ToContainTextAsync("Công an phường Nguyễn Nghiêm");
        var sent = (await api.GetFromJsonAsync<JsonElement>($"api/cases/{taken.Id}/referrals"))[0];
        Assert.Equal(["child.sexAndAge", "incident.classification"], sent.GetProperty("disclosedFields").EnumerateArray().Select(f => f.GetString()).Order());

        // The police log a crime report about another child; the commune acknowledges it from home.
        using var police = await web.ApiForAsync("demo.policeliaison");
        var ward = (await api.GetFromJsonAsync<JsonElement>("api/directory/organisations?type=Police")).EnumerateArray()
            .First(o => o.GetProperty("name").GetString() == "Công an phường Nguyễn Nghiêm").GetProperty("id").GetGuid();
        var reported = await Procedure.PostAsync(police, "api/police/crime-reports", new
        {
            policeOrganisationId = ward, policeReference = "31/CAP-NN",
            report = new
            {
                receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("o"), receivingBody = "Công an phường Nguyễn Nghiêm",
                children = new[] { new { fullName = "Tin Báo " + Guid.NewGuid().ToString("N")[..4], sex = "Female", dateOfBirth = "2014-01-01", residenceUnitCode = "21025-TDP1" } },
                incident = new { kind = "Abuse", abuseType = "SexualAbuse", abuseSubType = "Molestation", placeUnitCode = "21025-TDP1", setting = "family", narrative = "Công an tiếp nhận tố giác." },
            },
        });
        var reportCase = reported.GetProperty("referral").GetProperty("caseId").GetGuid();
        await worker.GetByRole(AriaRole.Link, new() { Name = "Việc cần làm", Exact = true }).ClickAsync();
        await worker.Locator("ul.work li", new() { HasText = "Xác nhận tin báo tội phạm của Công an phường Nguyễn Nghiêm" }).First.GetByRole(AriaRole.Link).ClickAsync();
        Assert.EndsWith($"/cases/{reportCase}/crime-report", worker.Url);
        await worker.GetByLabel("Số hiệu tin báo").FillAsync("31/CAP-NN");
        await worker.AssertAccessibleAsync();
        await worker.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" }).ClickAsync();
        await Expect(worker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ghi nhận: Xác nhận tin báo của công an.");
        await worker.OpenPartAsync("Công an");
        await Expect(worker.Locator(".referrals")).ToContainTextAsync("đã xác nhận lúc");
    }

    /// <summary>The chair's home lists the case among the decisions waiting; its link is followed.</summary>
    private static Task OpenAwaitingDecisionAsync(IPage chair, string number) =>
        chair.Locator("section.decide ul.work li", new() { HasText = number }).GetByRole(AriaRole.Link).ClickAsync();
}
