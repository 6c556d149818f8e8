using CaseManagement.BuildingBlocks.Privacy;
using System.Diagnostics;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.Cases.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.BuildingBlocks.Deadlines;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Loads a province's worth of history (by default a million cases) straight into the Cases tables
/// with PostgreSQL's binary COPY, sealed and hashed with the Host's own keys exactly as intake would:
/// Vietnamese names drawn from the real frequency of family names, one child per case and a child in
/// every tenth case seen again, a report, a timeline entry, and a running deadline on one case in twenty.
/// </summary>
internal static class CaseDataGenerator
{
    // Family names with their approximate share of the population (Nguyễn about 38 %).
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 51), ("Huỳnh", 40), ("Phan", 45), ("Vũ", 39), ("Võ", 30),
        ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 10), ("Hà", 5), ("Tạ", 3), ("Lương", 3),
    ];

    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Gia", "Bảo", "Thu", "Xuân", "Hoài", "Khánh", "Công"];

    private static readonly string[] Givens =
    [
        "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hân", "Hiếu", "Hoa", "Hòa", "Hùng", "Hương", "Huy", "Khang",
        "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "My", "Nam", "Ngân", "Nghĩa", "Ngọc", "Nhi", "Nhung", "Phát", "Phong", "Phúc", "Phương", "Quân",
        "Quang", "Quỳnh", "Sơn", "Tài", "Tâm", "Thảo", "Thắng", "Thành", "Thư", "Tiến", "Trang", "Trí", "Trinh", "Trung", "Tú", "Tuấn", "Uyên", "Vân",
        "Việt", "Vinh", "Vy", "Xuân", "Yến", "Đạt", "Điệp", "Đông", "Khôi", "Kiên", "Lộc", "Luân", "Mạnh", "Nhật", "Oanh", "Quyên", "Sang", "Thịnh",
        "Thủy", "Toàn", "Tùng", "Tường", "Vũ", "Ánh", "Bảo", "Diệp", "Hạnh", "Hậu", "Kim", "Lâm", "Loan", "Ly", "Ngà", "Nguyên", "Như", "Phụng",
    ];

    private static readonly int FamilyTotal = Families.Sum(f => f.Weight);

    public static string Name(Random random)
    {
        var pick = random.Next(FamilyTotal);
        var family = Families.First(f => (pick -= f.Weight) < 0).Name;
        return $"{family} {Middles[random.Next(Middles.Length)]} {Givens[random.Next(Givens.Length)]}";
    }

    public static async Task<TimeSpan> LoadAsync(IServiceProvider services, IReadOnlyList<string> communes, int cases, int seed = 11)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<SensitiveData>();
        var keys = scope.ServiceProvider.GetRequiredService<NameKeys>();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        var random = new Random(seed);
        const int Batch = 50_000;
        for (var start = 0; start < cases; start += Batch)
        {
            var rows = Enumerable.Range(start, Math.Min(Batch, cases - start)).Select(i => Row(i, random, communes)).ToList();
            await CopyAsync(connection, db.Model, rows, sealer, keys);
            Console.Write($"\r  generated {start + rows.Count:N0} of {cases:N0} cases ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        Console.WriteLine();
        // Settle the history as months of use would have: hint bits and visibility maps set, statistics
        // taken, the load's dirty pages written out and its WAL segments left for recycling (a new segment
        // is zero-filled while commits wait). Otherwise autovacuum's pass over the new rows
        // and the load's checkpoint run during the measurements (at 1,000,000 cases they stalled
        // intake for hundreds of milliseconds at a time).
        foreach (var settle in new[] { "VACUUM (ANALYZE)", "CHECKPOINT" })
        {
            await using var command = new NpgsqlCommand(settle, connection) { CommandTimeout = 1200 };
            await command.ExecuteNonQueryAsync();
        }

        return watch.Elapsed;
    }

    private sealed record GeneratedCase(
        Guid Id, string Number, string Commune, DateTimeOffset ReceivedAt, string Status, Guid ChildId, bool NewChild, string ChildName, int BirthYear,
        string Sex, string ParentName, bool OpenDeadline);

    private static readonly List<(Guid Id, string Name, int BirthYear, string Sex, string Parent)> Recent = [];

    private static GeneratedCase Row(int i, Random random, IReadOnlyList<string> communes)
    {
        var commune = communes[random.Next(communes.Count)];
        var received = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 4 * 365 * 24 * 60));
        var status = random.Next(10) < 7 ? "Closed" : new[] { "Reported", "Verifying", "InitialAssessment", "SpecificAssessment", "Planning", "Support", "Review" }[random.Next(7)];
        Guid childId;
        string name, sex, parent;
        int birthYear;
        var again = Recent.Count > 100 && random.Next(10) == 0;
        if (again)
        {
            (childId, name, birthYear, sex, parent) = Recent[random.Next(Recent.Count)];
        }
        else
        {
            childId = Guid.CreateVersion7();
            name = Name(random);
            birthYear = received.Year - random.Next(0, 18);
            sex = random.Next(2) == 0 ? "Male" : "Female";
            parent = Name(random);
            if (Recent.Count < 5000)
            {
                Recent.Add((childId, name, birthYear, sex, parent));
            }
            else
            {
                Recent[random.Next(Recent.Count)] = (childId, name, birthYear, sex, parent);
            }
        }

        return new GeneratedCase(Guid.CreateVersion7(), $"{commune}-{received.Year}-G{i:0000000}", commune, received, status, childId, !again, name, birthYear, sex,
            parent, status != "Closed" && random.Next(20) == 0);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IModel model, List<GeneratedCase> rows, SensitiveData sealer, NameKeys keys)
    {
        await using (var cases = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<Case>(model, "Id", "Number", "UnitCode", "Status", "ReceivedAt", "UpdatedAt", "StepAt", "ClosedAt", "Version", "Incident.Kind", "Incident.AbuseType", "Incident.AbuseSubType", "Incident.SpecialCircumstanceCodes", "Incident.PlaceUnitCode", "Incident.Setting")))
        {
            foreach (var r in rows)
            {
                await cases.StartRowAsync();
                await cases.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await cases.WriteAsync(r.Number, NpgsqlDbType.Varchar);
                await cases.WriteAsync(r.Commune, NpgsqlDbType.Varchar);
                await cases.WriteAsync(r.Status, NpgsqlDbType.Varchar);
                await cases.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await cases.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await cases.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                if (r.Status == "Closed")
                {
                    await cases.WriteAsync(r.ReceivedAt.AddDays(60), NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await cases.WriteNullAsync();
                }

                await cases.WriteAsync(3, NpgsqlDbType.Integer);
                await cases.WriteAsync("Abuse", NpgsqlDbType.Varchar);
                await cases.WriteAsync("Violence", NpgsqlDbType.Varchar);
                await cases.WriteAsync("PhysicalViolence", NpgsqlDbType.Varchar);
                await cases.WriteAsync("", NpgsqlDbType.Varchar);
                await cases.WriteAsync(r.Commune, NpgsqlDbType.Varchar);
                await cases.WriteAsync("family", NpgsqlDbType.Varchar);
            }

            await cases.CompleteAsync();
        }

        await using (var children = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<Child>(model, "Id", "Sex", "BirthYear", "BirthYearEstimated", "Ethnicity", "ResidenceUnitCode", "IdentitySealed", "CreatedAt", "Version")))
        {
            foreach (var r in rows.Where(r => r.NewChild))
            {
                var identity = new ChildIdentity(r.ChildName, new DateOnly(r.BirthYear, 6, 1), null, "Thôn 1", null, null,
                    [new CarerIdentity(r.ParentName, 38, "Cha", "Làm nông", null, true)]);
                await children.StartRowAsync();
                await children.WriteAsync(r.ChildId, NpgsqlDbType.Uuid);
                await children.WriteAsync(r.Sex, NpgsqlDbType.Varchar);
                await children.WriteAsync(r.BirthYear, NpgsqlDbType.Integer);
                await children.WriteAsync(false, NpgsqlDbType.Boolean);
                await children.WriteAsync("Kinh", NpgsqlDbType.Varchar);
                await children.WriteAsync(r.Commune, NpgsqlDbType.Varchar);
                await children.WriteAsync(sealer.SealJson(identity, r.ChildId), NpgsqlDbType.Varchar);
                await children.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await children.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await children.CompleteAsync();
        }

        await using (var childKeys = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<ChildKey>(model, "ChildId", "Kind", "Hash", "Sex", "BirthYear", "ResidenceUnitCode")))
        {
            foreach (var r in rows.Where(r => r.NewChild))
            {
                foreach (var key in keys.For(r.ChildId, r.ChildName, r.BirthYear, null, [r.ParentName]).DistinctBy(k => (k.Kind, k.Hash)))
                {
                    await childKeys.StartRowAsync();
                    await childKeys.WriteAsync(key.ChildId, NpgsqlDbType.Uuid);
                    await childKeys.WriteAsync((short)key.Kind, NpgsqlDbType.Smallint);
                    await childKeys.WriteAsync(key.Hash, NpgsqlDbType.Bigint);
                    await childKeys.WriteAsync(r.Sex, NpgsqlDbType.Varchar);
                    await childKeys.WriteAsync(r.BirthYear, NpgsqlDbType.Integer);
                    await childKeys.WriteAsync(r.Commune, NpgsqlDbType.Varchar);
                }
            }

            await childKeys.CompleteAsync();
        }

        await using (var searchKeys = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<CaseSearchKey>(model, "CaseId", "Hash", "UnitCode")))
        {
            foreach (var r in rows)
            {
                foreach (var key in keys.WordsOf(r.Id, r.Commune, r.ChildName).DistinctBy(k => k.Hash))
                {
                    await searchKeys.StartRowAsync();
                    await searchKeys.WriteAsync(key.CaseId, NpgsqlDbType.Uuid);
                    await searchKeys.WriteAsync(key.Hash, NpgsqlDbType.Bigint);
                    await searchKeys.WriteAsync(key.UnitCode, NpgsqlDbType.Varchar);
                }
            }

            await searchKeys.CompleteAsync();
        }

        await using (var links = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<CaseChild>(model, "CaseId", "ChildId", "AgeAtReport")))
        {
            foreach (var r in rows)
            {
                await links.StartRowAsync();
                await links.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await links.WriteAsync(r.ChildId, NpgsqlDbType.Uuid);
                await links.WriteAsync(Math.Max(0, r.ReceivedAt.Year - r.BirthYear), NpgsqlDbType.Integer);
            }

            await links.CompleteAsync();
        }

        await using (var reports = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<IntakeReport>(model, "Id", "CaseId", "Channel", "ReceivedAt", "ReceivingBody", "RecordedBy", "RecordedAt", "ReporterConsented", "NarrativeSealed")))
        {
            foreach (var r in rows)
            {
                var id = Guid.CreateVersion7();
                await reports.StartRowAsync();
                await reports.WriteAsync(id, NpgsqlDbType.Uuid);
                await reports.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await reports.WriteAsync("Hotline111", NpgsqlDbType.Varchar);
                await reports.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await reports.WriteAsync("Tổng đài 111", NpgsqlDbType.Varchar);
                await reports.WriteAsync("generator", NpgsqlDbType.Varchar);
                await reports.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await reports.WriteAsync(false, NpgsqlDbType.Boolean);
                await reports.WriteAsync(sealer.SealJson(new Narrative("Trẻ bị đánh, có vết bầm.", "Sợ hãi.", null, null), id), NpgsqlDbType.Varchar);
            }

            await reports.CompleteAsync();
        }

        await using (var timeline = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<TimelineEntry>(model, "Id", "CaseId", "At", "RecordedAt", "UserId", "UserName", "Action", "StatusAfter")))
        {
            foreach (var r in rows)
            {
                await timeline.StartRowAsync();
                await timeline.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await timeline.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await timeline.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await timeline.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await timeline.WriteAsync("generator", NpgsqlDbType.Varchar);
                await timeline.WriteAsync("generator", NpgsqlDbType.Varchar);
                await timeline.WriteAsync("reported", NpgsqlDbType.Varchar);
                await timeline.WriteAsync("Reported", NpgsqlDbType.Varchar);
            }

            await timeline.CompleteAsync();
        }

        await using (var deadlines = await connection.BeginBinaryImportAsync(
            ModelCopy.Header<TrackedDeadline>(model, "Id", "RuleCode", "CaseId", "UnitCode", "StartedAt", "DueAt", "BreachedAt", "Version")))
        {
            foreach (var r in rows.Where(r => r.OpenDeadline))
            {
                await deadlines.StartRowAsync();
                await deadlines.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await deadlines.WriteAsync("emergency-decision", NpgsqlDbType.Varchar);
                await deadlines.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await deadlines.WriteAsync(r.Commune, NpgsqlDbType.Varchar);
                await deadlines.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(r.ReceivedAt.AddHours(12), NpgsqlDbType.TimestampTz);
                await deadlines.WriteAsync(r.ReceivedAt.AddHours(12), NpgsqlDbType.TimestampTz); // breached long ago: the sweep has nothing to do
                await deadlines.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await deadlines.CompleteAsync();
        }
    }
}
