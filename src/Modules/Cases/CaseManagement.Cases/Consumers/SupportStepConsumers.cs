using CaseManagement.BuildingBlocks.Messaging;
using CaseManagement.Cases.Contracts;
using CaseManagement.Cases.Domain;
using CaseManagement.Cases.Features.Shared;
using CaseManagement.Cases.Persistence;
using CaseManagement.SupportInterventions.Contracts;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Cases.Consumers;

/// <summary>The chair's emergency decision ends the emergency step and meets the 12-hour limit.</summary>
internal sealed class EmergencyInterventionRecordedConsumer(CasesDbContext db, TimeProvider clock, CaseUnitOfWork work, ILogger<EmergencyInterventionRecordedConsumer> logger)
    : CaseStepConsumer<EmergencyInterventionRecorded>(db, clock, work, logger)
{
    protected override string ConsumerName => "cases.emergency-intervention-recorded";

    protected override Guid CaseIdOf(EmergencyInterventionRecorded message) => message.CaseId;

    protected override string? Apply(Case subject, EmergencyInterventionRecorded message)
    {
        subject.CompleteEmergency(By(message.DecidedBy, message.DecidedByName, message.DecidedAt));
        return CaseDeadlineRules.EmergencyDecided;
    }
}

/// <summary>An approved plan starts the support step; a revised plan approved later is on the timeline.</summary>
internal sealed class SupportPlanApprovedConsumer(CasesDbContext db, TimeProvider clock, CaseUnitOfWork work, ILogger<SupportPlanApprovedConsumer> logger)
    : CaseStepConsumer<SupportPlanApproved>(db, clock, work, logger)
{
    protected override string ConsumerName => "cases.support-plan-approved";

    protected override Guid CaseIdOf(SupportPlanApproved message) => message.CaseId;

    protected override string? Apply(Case subject, SupportPlanApproved message)
    {
        var detail = $"v{message.PlanVersion}";
        if (subject.Status == CaseStatus.Planning)
        {
            subject.ApprovePlan(By(message.ApprovedBy, message.ApprovedByName, message.ApprovedAt), detail);
        }
        else
        {
            subject.Note(ActionCodes.Of(CaseAction.ApprovePlan), detail, By(message.ApprovedBy, message.ApprovedByName, message.ApprovedAt));
        }

        return null;
    }
}

/// <summary>A plan the chair sent back is on the timeline (the case stays at planning).</summary>
internal sealed class SupportPlanReturnedConsumer(CasesDbContext db, TimeProvider clock, CaseUnitOfWork work, ILogger<SupportPlanReturnedConsumer> logger)
    : CaseStepConsumer<SupportPlanReturned>(db, clock, work, logger)
{
    protected override string ConsumerName => "cases.support-plan-returned";

    protected override Guid CaseIdOf(SupportPlanReturned message) => message.CaseId;

    protected override string? Apply(Case subject, SupportPlanReturned message)
    {
        subject.Note(ActionCodes.PlanReturned, $"v{message.PlanVersion}", By(message.ReturnedBy ?? "system", message.ReturnedByName, message.ReturnedAt));
        return null;
    }
}

/// <summary>The review's recommendation: closure proposed as "safe and stable" for the chair to decide,
/// or a new plan cycle.</summary>
internal sealed class ReviewCompletedConsumer(CasesDbContext db, TimeProvider clock, CaseUnitOfWork work, ILogger<ReviewCompletedConsumer> logger)
    : CaseStepConsumer<ReviewCompleted>(db, clock, work, logger)
{
    protected override string ConsumerName => "cases.review-completed";

    protected override Guid CaseIdOf(ReviewCompleted message) => message.CaseId;

    protected override string? Apply(Case subject, ReviewCompleted message)
    {
        var actor = By(message.ReviewedBy, message.ReviewedByName, message.CompletedAt);
        if (subject.Status == CaseStatus.Support)
        {
            subject.StartReview(actor);
        }

        if (message.Recommendation == ReviewRecommendation.Close)
        {
            subject.ProposeClosure(ClosureReasons.SafeAndStable, reasonNeedsReview: true, null, actor);
        }
        else
        {
            subject.StartNewPlanCycle(actor);
        }

        return null;
    }
}

internal sealed class SupportPlanReturnedConsumerDefinition()
    : ModuleBatchConsumerDefinition<SupportPlanReturnedConsumer>(CasesModule.Name);

internal sealed class EmergencyInterventionRecordedConsumerDefinition()
    : ModuleBatchConsumerDefinition<EmergencyInterventionRecordedConsumer>(CasesModule.Name);

internal sealed class SupportPlanApprovedConsumerDefinition()
    : ModuleBatchConsumerDefinition<SupportPlanApprovedConsumer>(CasesModule.Name);

internal sealed class ReviewCompletedConsumerDefinition()
    : ModuleBatchConsumerDefinition<ReviewCompletedConsumer>(CasesModule.Name);
