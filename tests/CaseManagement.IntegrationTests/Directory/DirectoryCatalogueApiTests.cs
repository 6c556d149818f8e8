using System.Net;
using System.Net.Http.Json;
using CaseManagement.BuildingBlocks.Security;
using CaseManagement.Directory.Contracts;
using CaseManagement.Directory.Features.Calendar;
using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Staff;
using CaseManagement.Directory.Persistence;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Directory;

/// <summary>The calendar, organisations and their services, staff and coverage, through HTTP.</summary>
public abstract class DirectoryCatalogueApiTests(CaseManagementHost host) : DirectoryApiTests(host)
{
    private const string Villages = """
        code,name,level,parent_code,valid_from,valid_to
        21484-TDP1,Tổ dân phố 1,village,21484,,2025-06-30
        21484-TDP2,Tổ dân phố 2,village,21484,,2025-06-30
        """;

    [Fact]
    public async Task The_calendar_shows_computed_holidays_takes_overrides_and_counts_deadlines_on_them()
    {
        var year = await GetAsync<CalendarYearResponse>("/api/directory/calendar/2026");
        var tet = year.Days.Single(d => d.Date == new DateOnly(2026, 2, 17));
        Assert.Equal(("Tết Nguyên Đán", "default", false), (tet.Name, tet.Source, tet.IsWorkingDay));

        var saturday = await PutAsync<CalendarYearResponse>("/api/directory/calendar/2026/days/2026-02-14", new SetCalendarDayRequest(true, "Làm bù Tết", 0));
        Assert.Equal(1, saturday.Version);
        await PutAsync<CalendarYearResponse>("/api/directory/calendar/2026/days/2026-02-23", new SetCalendarDayRequest(false, "Nghỉ Tết bổ sung", 1));

        var due = await GetAsync<DeadlineResponse>("/api/directory/calendar/deadline?from=2026-02-13T10:00:00%2B07:00&workingDays=3");
        Assert.Equal(new DateTimeOffset(2026, 2, 26, 0, 0, 0, TimeSpan.FromHours(7)), due.DueAt); // 14 (worked Saturday), 24, 25
        var hours = await GetAsync<DeadlineResponse>("/api/directory/calendar/deadline?from=2026-02-16T15:00:00Z&hours=12");
        Assert.Equal(new DateTimeOffset(2026, 2, 17, 10, 0, 0, TimeSpan.FromHours(7)), hours.DueAt);

        using var stale = await Client.PutAsJsonAsync("/api/directory/calendar/2026/days/2026-02-24", new SetCalendarDayRequest(false, "Nghỉ", 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var badDate = await Client.PutAsJsonAsync("/api/directory/calendar/2026/days/2027-01-01", new SetCalendarDayRequest(false, "Nghỉ", null));
        Assert.Equal(["date"], (await badDate.ReadJsonAsync()).Errors().Keys);
        using var both = await Client.GetAsync("/api/directory/calendar/deadline?from=2026-02-13T10:00:00%2B07:00&workingDays=3&hours=2");
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);

        var events = await OutboxTypesAsync();
        Assert.Equal(2, events.Count(t => t.Contains(nameof(WorkingCalendarChanged), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_communes_administrator_changes_its_own_area_and_only_the_province_changes_the_unit_list()
    {
        await ImportAsync(BaToCsv);
        using var commune = await Host.ClientForAsync(Roles.Admin, "21484");
        OrganisationRequest Station(string unit) => new("Trạm Y tế " + unit, "HealthFacility", unit, null, null, "0255 3863 000", null, null, null, null, null, [], null);

        Assert.Equal(HttpStatusCode.Created, (await commune.PostAsJsonAsync("/api/directory/organisations", Station("21484"))).StatusCode);
        using (var neighbour = await commune.PostAsJsonAsync("/api/directory/organisations", Station("21487")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, neighbour.StatusCode);
        }

        using (var units = await commune.ImportUnitsAsync("code,name,level,parent_code\n21499,Xã Mới,commune,535\n"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, units.StatusCode);
        }

        using (var calendar = await commune.PutAsJsonAsync("/api/directory/calendar/2026/days/2026-09-03", new SetCalendarDayRequest(false, "Nghỉ", null)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, calendar.StatusCode);
        }

        Assert.Equal(["Trạm Y tế 21484"], (await GetAsync<List<OrganisationResponse>>("/api/directory/organisations")).Select(o => o.Name));
    }

    [Fact]
    public async Task Services_are_found_by_type_from_a_commune_nearest_first()
    {
        await ImportAsync(BaToCsv);
        var province = await CreateOrganisationAsync("Trung tâm Công tác xã hội tỉnh", "SocialWorkCentre", "51",
            new ServiceRequest(null, "PsychologicalCare", "Tham vấn tâm lý", null, 10, false, null),
            new ServiceRequest(null, "SafeShelter", "Nhà tạm lánh", "Trẻ em bị xâm hại cần nơi ở an toàn", 6, true, null));
        var district = await CreateOrganisationAsync("Trung tâm Y tế huyện Ba Tơ", "HealthFacility", "535",
            new ServiceRequest(null, "MedicalCare", "Khám, chữa bệnh", null, null, true, null),
            new ServiceRequest(null, "PsychologicalCare", "Tư vấn tâm lý", null, null, false, null));
        await CreateOrganisationAsync("Trạm Y tế xã Ba Điền", "HealthFacility", "21487",
            new ServiceRequest(null, "MedicalCare", "Sơ cứu, khám bệnh", null, null, false, null));

        var care = await GetAsync<List<ServiceSearchResult>>("/api/directory/services?type=PsychologicalCare&unitCode=21484&asOf=2025-06-01");
        Assert.Equal([(district.Id, 1), (province.Id, 2)], care.Select(s => (s.OrganisationId, s.Distance!.Value)));
        var medical = await GetAsync<List<ServiceSearchResult>>("/api/directory/services?type=MedicalCare&unitCode=21484&asOf=2025-06-01");
        Assert.Equal(["Trung tâm Y tế huyện Ba Tơ"], medical.Select(s => s.OrganisationName)); // not the other commune's station
        var shelters = await GetAsync<List<ServiceSearchResult>>("/api/directory/services?only24x7=true&unitCode=21487&asOf=2025-06-01");
        Assert.Equal(["Khám, chữa bệnh", "Nhà tạm lánh"], shelters.Select(s => s.Name));

        var changed = await PutAsync<OrganisationResponse>($"/api/directory/organisations/{district.Id}", Request(
            "Trung tâm Y tế khu vực Ba Tơ", "HealthFacility", "535", district.Version,
            new ServiceRequest(district.Services.Single(s => s.Type == ServiceType.MedicalCare).Id, "MedicalCare", "Khám, chữa bệnh", null, 50, true, null)));
        var medicalCare = changed.Services.Single(s => s.Type == ServiceType.MedicalCare);
        var counselling = changed.Services.Single(s => s.Type == ServiceType.PsychologicalCare);
        Assert.Equal((2, 50, true, false), (changed.Version, medicalCare.Capacity, medicalCare.Active, counselling.Active)); // left out: kept, inactive
        using var stale = await Client.PutAsJsonAsync($"/api/directory/organisations/{district.Id}", Request("X", "HealthFacility", "535", district.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(4, (await OutboxTypesAsync()).Count(t => t.Contains(nameof(OrganisationChanged), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bad_organisation_and_staff_input_gets_field_errors()
    {
        await ImportAsync(BaToCsv);
        using var badOrganisation = await Client.PostAsJsonAsync("/api/directory/organisations",
            Request("", "Embassy", "535", null, new ServiceRequest(null, "Magic", "x", null, -1, false, null)));
        Assert.Equal(HttpStatusCode.BadRequest, badOrganisation.StatusCode);
        Assert.Equal(["name", "services[0].capacity", "services[0].type", "type"],
            (await badOrganisation.ReadJsonAsync()).Errors().Keys.Order(StringComparer.Ordinal));

        using var unknownUnit = await Client.PostAsJsonAsync("/api/directory/organisations", Request("UBND xã", "PeoplesCommittee", "99999", null));
        Assert.Equal("Không có đơn vị hành chính mã 99999.", (await unknownUnit.ReadJsonAsync()).Errors()["unitCode"].Single());

        using var badStaff = await Client.PostAsJsonAsync("/api/directory/staff",
            new StaffRequest("Nguyễn Văn A", Guid.NewGuid(), "21484", null, "VillageCollaborator", null, "abc", null, null, null, null));
        Assert.Equal(["phone", "villageCode"], (await badStaff.ReadJsonAsync()).Errors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Coverage_names_communes_without_an_officer_and_villages_without_a_collaborator()
    {
        await ImportAsync(BaToCsv);
        await ImportAsync(Villages);
        var committee = await CreateOrganisationAsync("UBND thị trấn Ba Tơ", "PeoplesCommittee", "21484");
        await PostAsync<StaffResponse>("/api/directory/staff", new StaffRequest(
            "Phạm Thị Lan", committee.Id, "21484", "Công chức Văn hóa – Xã hội", "ChildProtectionOfficer", null, null, null, null, null, null));
        await PostAsync<StaffResponse>("/api/directory/staff", new StaffRequest(
            "Đinh Văn Hùng", committee.Id, "21484", "Cộng tác viên", "VillageCollaborator", "21484-TDP1", "0912 345 678", null, null, null, null));
        await PostAsync<StaffResponse>("/api/directory/staff", new StaffRequest(
            "Đinh Thị Mai", committee.Id, "21484", "Cộng tác viên", "VillageCollaborator", "21484-TDP2", null, null, null, "2024-12-31", null));

        var coverage = await GetAsync<CoverageResponse>("/api/directory/coverage/535?asOf=2025-06-01");
        Assert.Equal((1, 1), (coverage.Officers, coverage.Collaborators));
        Assert.Equal(["21487"], coverage.CommunesWithoutOfficer);
        Assert.Equal(["21484-TDP2"], coverage.VillagesWithoutCollaborator); // its collaborator left at the end of 2024
        Assert.Equal([1, 0], coverage.Communes.Select(c => c.Officers));

        using var wrongVillage = await Client.PostAsJsonAsync("/api/directory/staff", new StaffRequest(
            "Hồ Văn B", committee.Id, "21487", null, "VillageCollaborator", "21484-TDP1", null, null, null, null, null));
        Assert.Equal("21484-TDP1 không phải thôn, tổ dân phố thuộc đơn vị 21487.", (await wrongVillage.ReadJsonAsync()).Errors()["villageCode"].Single());
    }

    private static OrganisationRequest Request(string name, string type, string unit, int? version, params ServiceRequest[] services) =>
        new(name, type, unit, null, "Ba Tơ, Quảng Ngãi", "0255 3863 111", null, null, "7:00–17:00", null, null, services, version);

    private Task<OrganisationResponse> CreateOrganisationAsync(string name, string type, string unit, params ServiceRequest[] services) =>
        PostAsync<OrganisationResponse>("/api/directory/organisations", Request(name, type, unit, null, services));

    private Task<T> GetAsync<T>(string url) => Client.GetAsync(url).ExpectAsync<T>(HttpStatusCode.OK);

    private Task<T> PostAsync<T>(string url, object body) => Client.PostAsJsonAsync(url, body).ExpectAsync<T>(HttpStatusCode.Created);

    private Task<T> PutAsync<T>(string url, object body) => Client.PutAsJsonAsync(url, body).ExpectAsync<T>(HttpStatusCode.OK);

    private Task<List<string>> OutboxTypesAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<DirectoryDbContext>().OutboxMessages.Select(m => m.Type).ToListAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class DirectoryCatalogueApiOnSqlite(SqliteHost host) : DirectoryCatalogueApiTests(host);

[Collection(PostgresCollection.Name)]
public sealed class DirectoryCatalogueApiOnPostgres(PostgresRabbitHost host) : DirectoryCatalogueApiTests(host);
