using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "Accounts",
                schema: "cases",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "AdministrativeUnits",
                schema: "cases",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SuccessorCodes = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Remote = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativeUnits", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileNameSealed = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    DescriptionSealed = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentSealed = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                schema: "cases",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    OverridesJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumbers",
                schema: "cases",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumbers", x => new { x.UnitCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StepAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AssignedUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PendingTransfer_ToUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    PendingTransfer_RequestedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PendingTransfer_RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Closure_Approved = table.Column<bool>(type: "bit", nullable: true),
                    Closure_DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Closure_DecidedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Closure_NoteSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Closure_ProposedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Closure_ProposedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Closure_ProposedFrom = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Closure_ReasonCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Conference_HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conference_MinutesSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 40000, nullable: true),
                    Conference_NeedsAgreed = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Conference_RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Conference_RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Incident_AbuseSubType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Incident_AbuseType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Incident_InjuryCause = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Incident_InjurySeverity = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Incident_Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Incident_OccurredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Incident_PlaceUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Incident_Setting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Incident_SpecialCircumstanceCodes = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    InitialAssessment_AssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    InitialAssessment_AssessedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InitialAssessment_EmergencyNeeded = table.Column<bool>(type: "bit", nullable: true),
                    InitialAssessment_Harm = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    InitialAssessment_ReasonSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    InitialAssessment_Risk = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    SpecificAssessment_AreasSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 40000, nullable: true),
                    SpecificAssessment_AssessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SpecificAssessment_AssessedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SpecificAssessment_Needs = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseSearchKeys",
                schema: "cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Hash = table.Column<long>(type: "bigint", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchKeys", x => new { x.CaseId, x.Hash });
                });

            migrationBuilder.CreateTable(
                name: "Children",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    BirthYearEstimated = table.Column<bool>(type: "bit", nullable: false),
                    Ethnicity = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ResidenceUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IdentitySealed = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RuleCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BreachedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    WarnedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntakeKeys",
                schema: "cases",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeKeys", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ServedUnitCodes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ActiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ActiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Type = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CorrelationId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParkedMessages",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkedMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PoliceReferrals",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PoliceOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PoliceOrganisationName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PoliceUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PoliceReference = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    DisclosedFields = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    DisclosureSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 40000, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TransferredToInvestigationAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ForensicOrderedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ForensicConcludedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedMessages",
                schema: "cases",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "CaseChildren",
                schema: "cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgeAtReport = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseChildren", x => new { x.CaseId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_CaseChildren_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivingBody = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReporterConsented = table.Column<bool>(type: "bit", nullable: false),
                    ReporterSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ReporterRelationship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    NarrativeSealed = table.Column<string>(type: "nvarchar(max)", maxLength: 40000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Timeline",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusAfter = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Timeline_Cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildKeys",
                schema: "cases",
                columns: table => new
                {
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<byte>(type: "tinyint", nullable: false),
                    Hash = table.Column<long>(type: "bigint", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    ResidenceUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildKeys", x => new { x.ChildId, x.Kind, x.Hash });
                    table.ForeignKey(
                        name: "FK_ChildKeys_Children_ChildId",
                        column: x => x.ChildId,
                        principalSchema: "cases",
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Code",
                schema: "cases",
                table: "AdministrativeUnits",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_ParentCode",
                schema: "cases",
                table: "AdministrativeUnits",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CaseId",
                schema: "cases",
                table: "Attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseChildren_ChildId",
                schema: "cases",
                table: "CaseChildren",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedUserId",
                schema: "cases",
                table: "Cases",
                column: "AssignedUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                schema: "cases",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PendingTransfer_ToUnitCode",
                schema: "cases",
                table: "Cases",
                column: "PendingTransfer_ToUnitCode",
                filter: "\"PendingTransfer_ToUnitCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt",
                schema: "cases",
                table: "Cases",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitCode_Status",
                schema: "cases",
                table: "Cases",
                columns: new[] { "UnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchKeys_Hash_UnitCode_CaseId",
                schema: "cases",
                table: "CaseSearchKeys",
                columns: new[] { "Hash", "UnitCode", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChildKeys_Matching",
                schema: "cases",
                table: "ChildKeys",
                columns: new[] { "Hash", "Kind", "ChildId", "Sex", "BirthYear", "ResidenceUnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CaseId_StoppedAt",
                schema: "cases",
                table: "Deadlines",
                columns: new[] { "CaseId", "StoppedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_StoppedAt_DueAt",
                schema: "cases",
                table: "Deadlines",
                columns: new[] { "StoppedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Parked",
                schema: "cases",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Pending",
                schema: "cases",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ParkedMessages_MessageId_Consumer",
                schema: "cases",
                table: "ParkedMessages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_CaseId",
                schema: "cases",
                table: "PoliceReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_PoliceUnitCode_SentAt",
                schema: "cases",
                table: "PoliceReferrals",
                columns: new[] { "PoliceUnitCode", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CaseId",
                schema: "cases",
                table: "Reports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Timeline_CaseId_At",
                schema: "cases",
                table: "Timeline",
                columns: new[] { "CaseId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "AdministrativeUnits",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Attachments",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "CalendarYears",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "CaseChildren",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "CaseNumbers",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "CaseSearchKeys",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "ChildKeys",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Deadlines",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "IntakeKeys",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Organisations",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "ParkedMessages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "PoliceReferrals",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "ProcessedMessages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Reports",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Timeline",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Children",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "Cases",
                schema: "cases");
        }
    }
}
