using System.Text.Json;

namespace CaseManagement.Demo;

/// <summary>
/// A dozen cases of Phường Nguyễn Nghiêm at the steps a commune's work goes through, each taken through the API by the demo
/// user whose work it is: the social worker takes and carries them, the chair decides, the police liaison logs a crime
/// report. Every child is "Trẻ Mẫu …" and every report is received by "(dữ liệu mẫu)", so demo data is never mistaken for
/// a real child.
/// </summary>
internal sealed class DemoCaseStory(DemoApi worker, DemoApi chair, DemoApi police)
{
    public const string Marker = "dữ liệu mẫu";
    private const string Commune = "21025";
    private const string Group = "21025-TDP1";

    public async Task TellAsync(CancellationToken ct)
    {
        var directory = await DirectoryAsync(ct);

        // Just reported; the first report waits until the Cases module knows the commune.
        await worker.PostOnceReadyAsync("api/cases", Report("Trẻ Mẫu An", "Neighbour", worker.HoursAgo(2), "UBND phường Nguyễn Nghiêm (" + Marker + ")"), ct);
        await ReportAsync("Trẻ Mẫu Bình", 14, ct); // its 12 hours to start verifying have passed

        var verifying = await ReportAsync("Trẻ Mẫu Chi", 24, ct);
        await worker.StepAsync(verifying, "verification/start", v => new { version = v, occurredAt = worker.HoursAgo(20) }, ct);

        var emergency = await AssessedAsync("Trẻ Mẫu Dũng", 5, emergencyNeeded: true, ct); // awaits the chair's emergency decision

        var separated = await AssessedAsync("Trẻ Mẫu Giang", 72, emergencyNeeded: true, ct);
        await chair.PostAsync($"api/support/cases/{separated}/emergency", new
        {
            decidedAt = chair.HoursAgo(68), decisionNumber = "03/QĐ-UBND",
            measures = new[] { new { kind = "SafeShelter", takenAt = chair.HoursAgo(68) }, new { kind = "MedicalCare", takenAt = chair.HoursAgo(67) } },
        }, ct);
        await chair.PostAsync($"api/support/cases/{separated}/separations", new
        {
            decisionNumber = "04/QĐ-UBND", decidedAt = chair.HoursAgo(67), placement = "Facility", facilityOrganisationId = directory.Facility,
        }, ct);

        await AssessedAsync("Trẻ Mẫu Hà", 48, emergencyNeeded: false, ct); // its specific assessment is due

        var awaitingApproval = await PlanningAsync("Trẻ Mẫu Khánh", 240, ct);
        var submitted = await DraftAsync(awaitingApproval, directory.Provider, ct);
        await worker.PostAsync($"api/support/plans/{submitted.Id}/submission", new { version = submitted.Version }, ct);

        var supported = await PlanningAsync("Trẻ Mẫu Linh", 720, ct);
        var approved = await DraftAsync(supported, directory.Provider, ct);
        var sent = await worker.PostAsync($"api/support/plans/{approved.Id}/submission", new { version = approved.Version }, ct);
        await chair.PostAsync($"api/support/plans/{approved.Id}/decision", new { version = sent.GetProperty("version").GetInt32(), approve = true, decisionNumber = "15/QĐ-UBND" }, ct);

        var referred = await ReportAsync("Trẻ Mẫu Minh", 50, ct);
        await VerifiedAsync(referred, 48, ct);
        await worker.PostAsync($"api/cases/{referred}/referrals", new
        {
            policeOrganisationId = directory.Police, disclose = new[] { "child.sexAndAge", "incident.classification", "incident.place" }, occurredAt = worker.HoursAgo(40),
        }, ct);

        await police.PostAsync("api/police/crime-reports", new
        {
            policeOrganisationId = directory.Police, policeReference = "27/CAP-NN",
            report = Report("Trẻ Mẫu Nam", null, police.HoursAgo(3), "Công an phường Nguyễn Nghiêm (" + Marker + ")"),
        }, ct);

        var proposed = await ReportAsync("Trẻ Mẫu Oanh", 30, ct);
        await VerifiedAsync(proposed, 28, ct);
        await worker.StepAsync(proposed, "closure/proposal", v => new { version = v, reasonCode = "moved", note = "Gia đình chuyển vào TP. Hồ Chí Minh.", occurredAt = worker.HoursAgo(6) }, ct);

        var closed = await ReportAsync("Trẻ Mẫu Phúc", 100, ct);
        await worker.StepAsync(closed, "verification/start", v => new { version = v, occurredAt = worker.HoursAgo(96) }, ct);
        await worker.StepAsync(closed, "verification", v => new { version = v, outcome = "NotConfirmed", occurredAt = worker.HoursAgo(90) }, ct);
    }

    private async Task<Guid> ReportAsync(string child, double hoursAgo, CancellationToken ct)
    {
        var received = await worker.PostAsync("api/cases", Report(child, "Neighbour", worker.HoursAgo(hoursAgo), "UBND phường Nguyễn Nghiêm (" + Marker + ")"), ct);
        return received.GetProperty("caseId").GetGuid();
    }

    private async Task VerifiedAsync(Guid id, double hoursAgo, CancellationToken ct)
    {
        await worker.StepAsync(id, "verification/start", v => new { version = v, occurredAt = worker.HoursAgo(hoursAgo) }, ct);
        await worker.StepAsync(id, "verification", v => new { version = v, outcome = "Confirmed", occurredAt = worker.HoursAgo(hoursAgo - 1) }, ct);
    }

    private async Task<Guid> AssessedAsync(string child, double hoursAgo, bool emergencyNeeded, CancellationToken ct)
    {
        var id = await ReportAsync(child, hoursAgo, ct);
        await VerifiedAsync(id, hoursAgo - 1, ct);
        await worker.StepAsync(id, "initial-assessment", v => new
        {
            version = v, harm = emergencyNeeded ? "High" : "Medium", risk = emergencyNeeded ? "High" : "Medium", emergencyNeeded,
            reason = emergencyNeeded ? "Người gây hại còn sống cùng nhà, đe dọa trẻ." : "Mẹ bảo vệ được trẻ, cần hỗ trợ tâm lý.",
            occurredAt = worker.HoursAgo(hoursAgo - 2),
        }, ct);
        return id;
    }

    private async Task<Guid> PlanningAsync(string child, double hoursAgo, CancellationToken ct)
    {
        var id = await AssessedAsync(child, hoursAgo, emergencyNeeded: false, ct);
        await worker.StepAsync(id, "specific-assessment", v => new
        {
            version = v, needs = new[] { "PsychologicalCare", "EducationSupport" }, occurredAt = worker.HoursAgo(hoursAgo - 24),
            areas = new { physicalAndMentalState = "Trẻ lo âu, ngủ kém.", familyAndProtectiveCapacity = "Mẹ quan tâm, cha đi làm xa." },
        }, ct);
        await worker.StepAsync(id, "conference", v => new
        {
            version = v, heldOn = worker.Day(-(int)((hoursAgo - 48) / 24)), participants = "Phó Chủ tịch UBND phường, công chức VH-XH, mẹ của trẻ",
            needsAgreed = new[] { "PsychologicalCare", "EducationSupport" },
        }, ct);
        return id;
    }

    private async Task<(Guid Id, int Version)> DraftAsync(Guid caseId, Guid provider, CancellationToken ct)
    {
        var plan = await worker.PostAsync($"api/support/cases/{caseId}/plans", new
        {
            objectives = "Trẻ ổn định tâm lý, đi học đều; gia đình biết cách bảo vệ trẻ.",
            items = new object[]
            {
                new { serviceType = "PsychologicalCare", description = "Tham vấn tâm lý 8 buổi", providerOrganisationId = provider, startOn = worker.Day(-1), expectedEndOn = worker.Day(60), estimatedCostVnd = 2_400_000 },
                new { serviceType = "EducationSupport", description = "Theo dõi đi học, hỗ trợ sách vở", responsiblePerson = "Giáo viên chủ nhiệm", startOn = worker.Day(-1), expectedEndOn = worker.Day(120), estimatedCostVnd = 500_000 },
            },
        }, ct);
        return (plan.GetProperty("id").GetGuid(), plan.GetProperty("version").GetInt32());
    }

    private static object Report(string child, string? channel, string receivedAt, string receivingBody) => new
    {
        channel, receivedAt, receivingBody,
        reporter = new { consent = true, fullName = "Người Báo Tin Mẫu", phone = "0900 000 000", relationship = "Hàng xóm" },
        children = new[] { new { fullName = child, dateOfBirth = "2014-06-01", sex = "Female", ethnicity = "Kinh", residenceUnitCode = Group, address = "Tổ 1, phường Nguyễn Nghiêm" } },
        incident = new
        {
            kind = "Abuse", abuseType = "Violence", abuseSubType = "PhysicalViolence", placeUnitCode = Group, setting = "family",
            description = "(" + Marker + ") Trẻ bị đánh, có vết bầm ở tay.",
        },
    };

    private sealed record Directory(Guid Police, Guid Facility, Guid Provider);

    /// <summary>The ward's police, the province's social work centre (for a placement), and a provider of psychological care
    /// for the ward, as the Directory lists them.</summary>
    private async Task<Directory> DirectoryAsync(CancellationToken ct)
    {
        var police = await worker.GetAsync("api/directory/organisations?type=Police", ct);
        var centres = await worker.GetAsync("api/directory/organisations?type=SocialWorkCentre", ct);
        var services = await worker.GetAsync($"api/directory/services?unitCode={Commune}&type=PsychologicalCare", ct);
        return new Directory(
            police.EnumerateArray().First(o => o.GetProperty("unitCode").GetString() == Commune).GetProperty("id").GetGuid(),
            centres[0].GetProperty("id").GetGuid(),
            services[0].GetProperty("organisationId").GetGuid());
    }
}
