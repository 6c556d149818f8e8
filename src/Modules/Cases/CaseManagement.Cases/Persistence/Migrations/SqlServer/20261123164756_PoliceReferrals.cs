using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PoliceReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoliceReferrals",
                schema: "cases");
        }
    }
}
