namespace CaseManagement.Cases.Domain;

/// <summary>A value of a configurable list, with its Vietnamese and English names.</summary>
public sealed class LookupValue
{
    public string Code { get; set; } = "";

    public string NameVi { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>For closure reasons: only after a review (Mẫu 06).</summary>
    public bool NeedsReview { get; set; }
}

/// <summary>
/// <c>Cases:Lookups</c>: the lists docs/domain.md calls configurable or practice-defined, so a province can
/// change them without a release: abuse settings (TT13 indicator 0101), closure reasons and reopening
/// reasons. A configured list replaces the default one.
/// </summary>
public sealed class CaseLookups
{
    public const string Section = "Cases:Lookups";

    public List<LookupValue> Settings { get; set; } = [];

    public List<LookupValue> ClosureReasons { get; set; } = [];

    public List<LookupValue> ReopenReasons { get; set; } = [];

    public static IReadOnlyList<LookupValue> DefaultSettings { get; } =
    [
        Value("family", "Gia đình", "Family"),
        Value("school", "Trường học", "School"),
        Value("community", "Cộng đồng", "Community"),
        Value("workplace", "Nơi làm việc", "Workplace"),
        Value("online", "Môi trường mạng", "Online"),
        Value("care-facility", "Cơ sở chăm sóc, trợ giúp xã hội", "Care facility"),
        Value("other", "Khác", "Other"),
    ];

    public static IReadOnlyList<LookupValue> DefaultClosureReasons { get; } =
    [
        new() { Code = Domain.ClosureReasons.SafeAndStable, NameVi = "Trẻ em an toàn, ổn định", NameEn = "Safe and stable", NeedsReview = true },
        Value("aged-out", "Trẻ em đã đủ 16 (hoặc 18) tuổi", "Child turned 16 (or 18)"),
        Value("moved", "Trẻ em chuyển đi nơi khác", "Child moved away"),
        Value("died", "Trẻ em đã mất", "Child died"),
        Value(Domain.ClosureReasons.Unfounded, "Thông tin không được xác thực", "Report unfounded"),
        Value("duplicate", "Trùng với hồ sơ khác", "Duplicate"),
        Value("other-agency", "Chuyển cho cơ quan khác xử lý", "Handed to another agency"),
    ];

    public static IReadOnlyList<LookupValue> DefaultReopenReasons { get; } =
    [
        Value("new-incident", "Có thông tin, vụ việc mới", "New report or incident"),
        Value("situation-changed", "Hoàn cảnh của trẻ thay đổi", "The child's situation changed"),
        Value("closed-in-error", "Đóng hồ sơ chưa đúng", "Closed in error"),
    ];

    public IReadOnlyList<LookupValue> SettingsOrDefault => Settings.Count > 0 ? Settings : DefaultSettings;

    public IReadOnlyList<LookupValue> ClosureReasonsOrDefault => ClosureReasons.Count > 0 ? ClosureReasons : DefaultClosureReasons;

    public IReadOnlyList<LookupValue> ReopenReasonsOrDefault => ReopenReasons.Count > 0 ? ReopenReasons : DefaultReopenReasons;

    private static LookupValue Value(string code, string vi, string en) => new() { Code = code, NameVi = vi, NameEn = en };
}
