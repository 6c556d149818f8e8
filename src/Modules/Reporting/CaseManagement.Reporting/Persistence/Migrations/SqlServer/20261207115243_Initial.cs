using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "CaseFormerUnits",
                schema: "reporting",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFormerUnits", x => new { x.UnitCode, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "CaseRecords",
                schema: "reporting",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecords", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "ChildCases",
                schema: "reporting",
                columns: table => new
                {
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildCases", x => new { x.ChildId, x.CaseId });
                });

            migrationBuilder.CreateTable(
                name: "ClosedPeriods",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IndicatorVersions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Checks = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventLog",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCells",
                schema: "reporting",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Cell = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCells", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "reporting",
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
                name: "ParkedEvents",
                schema: "reporting",
                columns: table => new
                {
                    LogId = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ParkedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParkedEvents", x => x.LogId);
                });

            migrationBuilder.CreateTable(
                name: "ParkedMessages",
                schema: "reporting",
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
                name: "ProcessedMessages",
                schema: "reporting",
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
                name: "ProjectionCheckpoints",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    Settings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CurrentPeriod = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RecountNeeded = table.Column<bool>(type: "bit", nullable: false),
                    RebuildStartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RebuildFinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectionCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rounds",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SenderUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SentBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "bit", nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Indicators = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Points = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                schema: "reporting",
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
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "RoundAnswers",
                schema: "reporting",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Narratives = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReturnComment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SubmittedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundAnswers", x => new { x.RoundId, x.UnitCode });
                    table.ForeignKey(
                        name: "FK_RoundAnswers_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "reporting",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundAttachments",
                schema: "reporting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoundId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FileNameSealed = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentSealed = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundAttachments_RoundAnswers_RoundId_UnitCode",
                        columns: x => new { x.RoundId, x.UnitCode },
                        principalSchema: "reporting",
                        principalTable: "RoundAnswers",
                        principalColumns: new[] { "RoundId", "UnitCode" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_ChangedOn",
                schema: "reporting",
                table: "CaseRecords",
                column: "ChangedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_UnitCode",
                schema: "reporting",
                table: "CaseRecords",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriods_PeriodKey_UnitCode",
                schema: "reporting",
                table: "ClosedPeriods",
                columns: new[] { "PeriodKey", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventLog_MessageId",
                schema: "reporting",
                table: "EventLog",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCells_Period_Unit_Indicator",
                schema: "reporting",
                table: "IndicatorCells",
                columns: new[] { "Period", "Unit", "Indicator" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Parked",
                schema: "reporting",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Pending",
                schema: "reporting",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ParkedMessages_MessageId_Consumer",
                schema: "reporting",
                table: "ParkedMessages",
                columns: new[] { "MessageId", "Consumer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundAnswers_UnitCode",
                schema: "reporting",
                table: "RoundAnswers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_RoundAttachments_RoundId_UnitCode",
                schema: "reporting",
                table: "RoundAttachments",
                columns: new[] { "RoundId", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Rounds_SenderUnitCode",
                schema: "reporting",
                table: "Rounds",
                column: "SenderUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                schema: "reporting",
                table: "Units",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFormerUnits",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "CaseRecords",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ChildCases",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ClosedPeriods",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "EventLog",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "IndicatorCells",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ParkedEvents",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ParkedMessages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ProcessedMessages",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "ProjectionCheckpoints",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "RoundAttachments",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "Units",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "RoundAnswers",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "Rounds",
                schema: "reporting");
        }
    }
}
