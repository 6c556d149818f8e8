using CaseManagement.Cases.Contracts;

namespace CaseManagement.Cases.Domain;

public static class AbuseSubTypes
{
    /// <summary>The type each sub-type belongs to (docs/domain.md §3).</summary>
    public static AbuseType TypeOf(AbuseSubType subType) => subType switch
    {
        AbuseSubType.PhysicalViolence or AbuseSubType.EmotionalViolence or AbuseSubType.SeriousViolence => AbuseType.Violence,
        AbuseSubType.Rape or AbuseSubType.CoercedSex or AbuseSubType.IntercourseWithChild or AbuseSubType.Molestation
            or AbuseSubType.ProstitutionOrPornography => AbuseType.SexualAbuse,
        AbuseSubType.ForcedLabour or AbuseSubType.PornographicShows or AbuseSubType.SexualExploitation or AbuseSubType.DrugsOrBannedGoods
            or AbuseSubType.OtherProfiteering => AbuseType.Exploitation,
        AbuseSubType.TraffickedReturnedWithParents or AbuseSubType.TraffickedReturnedInAlternativeCare
            or AbuseSubType.AbductionOrSwapping => AbuseType.Trafficking,
        AbuseSubType.NeglectWithoutAlternativeCare or AbuseSubType.NeglectWithAlternativeCare => AbuseType.Neglect,
        AbuseSubType.OnlineAbuse => AbuseType.Online,
        _ => AbuseType.Other,
    };
}
