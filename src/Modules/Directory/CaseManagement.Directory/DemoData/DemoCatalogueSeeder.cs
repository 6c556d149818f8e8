using CaseManagement.Directory.Features.Organisations;
using CaseManagement.Directory.Features.Staff;
using CaseManagement.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Directory;

/// <summary>
/// The demo organisations, services and staff for two communes, Phường Nguyễn Nghiêm (Quảng Ngãi
/// city) and Thị trấn Ba Tơ, and the district and provincial bodies they turn to, shaped on the
/// seeds' description: a vice-chair and a culture–social officer per commune, a police liaison, the
/// health station and the school, a collaborator per residential group (one group left without, as
/// coverage reports show in practice). People's names are invented. Created through the ordinary
/// handlers, so validation applies and the events reach the other modules.
/// </summary>
internal sealed class DemoCatalogueSeeder(DirectoryDbContext db, OrganisationsHandler organisations, StaffHandler staff)
{
    private const string Active = "2024-01-01";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return;
        }

        // The province and the districts.
        await Organisation("Trung tâm Công tác xã hội tỉnh Quảng Ngãi", "SocialWorkCentre", "51", "0255 3822 111", "7:00–17:00; nhà tạm lánh 24/7", ct,
            Service("PsychologicalCare", "Tham vấn, trị liệu tâm lý cho trẻ em", null, 10, false),
            Service("SafeShelter", "Nhà tạm lánh cho trẻ em bị xâm hại", "Trẻ em cần nơi ở an toàn khẩn cấp", 8, true),
            Service("FamilyCounselling", "Tư vấn cho cha mẹ, người chăm sóc", null, null, false),
            Service("Reunification", "Hỗ trợ đoàn tụ gia đình, hòa nhập cộng đồng", null, null, false));
        await Organisation("Trung tâm Trợ giúp pháp lý nhà nước tỉnh Quảng Ngãi", "LegalAidCentre", "51", "0255 3711 299", "7:00–17:00", ct,
            Service("LegalAid", "Tư vấn pháp luật, trợ giúp pháp lý miễn phí cho trẻ em", "Trẻ em và người đại diện", null, false));
        await Organisation("Trung tâm Pháp y tỉnh Quảng Ngãi", "HealthFacility", "51", "0255 3822 556", "7:00–17:00", ct,
            Service("ForensicExamination", "Giám định pháp y", "Theo quyết định trưng cầu của cơ quan điều tra", null, false));
        await Organisation("Trung tâm Bảo trợ xã hội tỉnh Quảng Ngãi", "Shelter", "51", "0255 3715 118", "24/7", ct,
            Service("AlternativeCare", "Chăm sóc thay thế tạm thời", "Trẻ em không có nơi nương tựa an toàn", 20, true),
            Service("Nutrition", "Hỗ trợ dinh dưỡng", null, null, true));
        await Organisation("Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi", "WomensUnion", "51", "0255 3822 457", "7:00–17:00", ct,
            Service("FamilyCounselling", "Tư vấn gia đình, phòng chống bạo lực gia đình", null, null, false));
        await Organisation("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "Hotline111", "51", "111", "24/7", ct,
            Service("Monitoring", "Tiếp nhận thông tin, tư vấn và theo dõi trường hợp", null, null, true));
        var districtHealth = await Organisation("Trung tâm Y tế huyện Ba Tơ", "HealthFacility", "535", "0255 3863 113", "24/7", ct,
            Service("MedicalCare", "Cấp cứu, khám và điều trị", null, null, true));
        await Organisation("Phòng Lao động – Thương binh và Xã hội huyện Ba Tơ", "PeoplesCommittee", "535", "0255 3863 224", "7:00–17:00", ct,
            Service("SocialAssistance", "Trợ cấp xã hội, hỗ trợ khẩn cấp", "Trẻ em có hoàn cảnh đặc biệt", null, false),
            Service("EducationSupport", "Miễn, giảm học phí; hỗ trợ chi phí học tập", null, null, false));
        await Staff("Lê Văn Quang", districtHealth, "535", "Bác sĩ", "ServiceProviderStaff", null, ct);

        // Phường Nguyễn Nghiêm.
        var ward = await Organisation("UBND phường Nguyễn Nghiêm", "PeoplesCommittee", "21025", "0255 3822 360", "7:00–17:00", ct);
        await Staff("Trần Thị Thu Hà", ward, "21025", "Phó Chủ tịch UBND phường", "CommuneViceChair", null, ct);
        await Staff("Nguyễn Thị Bích", ward, "21025", "Công chức Văn hóa – Xã hội", "ChildProtectionOfficer", null, ct);
        await Staff("Phạm Văn Dũng", ward, "21025", "Cộng tác viên", "VillageCollaborator", "21025-TDP1", ct);
        await Staff("Võ Thị Hồng", ward, "21025", "Cộng tác viên", "VillageCollaborator", "21025-TDP2", ct);
        await Staff("Huỳnh Văn Tài", ward, "21025", "Cộng tác viên", "VillageCollaborator", "21025-TDP3", ct);
        var wardPolice = await Organisation("Công an phường Nguyễn Nghiêm", "Police", "21025", "0255 3822 113", "24/7", ct);
        await Staff("Đặng Minh Tuấn", wardPolice, "21025", "Cán bộ công an phường", "PoliceLiaison", null, ct);
        var wardStation = await Organisation("Trạm Y tế phường Nguyễn Nghiêm", "HealthFacility", "21025", "0255 3824 115", "7:00–17:00", ct,
            Service("MedicalCare", "Sơ cứu, khám bệnh ban đầu", null, null, false),
            Service("PsychologicalCare", "Tham vấn tâm lý ban đầu cho trẻ em", null, null, false));
        await Staff("Ngô Thị Hạnh", wardStation, "21025", "Y sĩ", "ServiceProviderStaff", null, ct);
        await Organisation("Trường Tiểu học Nguyễn Nghiêm", "School", "21025", null, "7:00–17:00", ct,
            Service("EducationSupport", "Hỗ trợ học tập, theo dõi đi học", null, null, false));

        // Thị trấn Ba Tơ.
        var township = await Organisation("UBND thị trấn Ba Tơ", "PeoplesCommittee", "21484", "0255 3863 101", "7:00–17:00", ct);
        await Staff("Phạm Văn Minh", township, "21484", "Phó Chủ tịch UBND thị trấn", "CommuneViceChair", null, ct);
        await Staff("Đinh Thị Lan", township, "21484", "Công chức Văn hóa – Xã hội", "ChildProtectionOfficer", null, ct);
        var townshipPolice = await Organisation("Công an thị trấn Ba Tơ", "Police", "21484", "0255 3863 115", "24/7", ct);
        await Staff("Phạm Văn Hòa", townshipPolice, "21484", "Cán bộ công an thị trấn", "PoliceLiaison", null, ct);
        await Organisation("Trạm Y tế thị trấn Ba Tơ", "HealthFacility", "21484", "0255 3863 150", "7:00–17:00", ct,
            Service("MedicalCare", "Sơ cứu, khám bệnh ban đầu", null, null, false));
        await Organisation("Trường Phổ thông Dân tộc nội trú huyện Ba Tơ", "School", "21484", null, "7:00–17:00", ct,
            Service("EducationSupport", "Hỗ trợ học tập, nội trú", "Học sinh dân tộc thiểu số", 300, false));
    }

    private static ServiceRequest Service(string type, string name, string? eligibility, int? capacity, bool allHours) =>
        new(null, type, name, eligibility, capacity, allHours, null);

    private async Task<Guid> Organisation(
        string name, string type, string unit, string? phone, string hours, CancellationToken ct, params ServiceRequest[] services) =>
        (await organisations.CreateAsync(
            new OrganisationRequest(name, type, unit, null, null, phone, null, null, hours, Active, null, services, null), ct)).Id;

    private Task Staff(string name, Guid organisation, string unit, string position, string function, string? village, CancellationToken ct) =>
        staff.CreateAsync(new StaffRequest(name, organisation, unit, position, function, village, null, null, Active, null, null), ct);
}
