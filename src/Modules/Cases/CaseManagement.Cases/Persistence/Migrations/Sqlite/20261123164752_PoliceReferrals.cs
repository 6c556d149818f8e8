using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Cases.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PoliceReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PoliceReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PoliceOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoliceOrganisationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PoliceUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PoliceReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DisclosedFields = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DisclosureSealed = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransferredToInvestigationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForensicOrderedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ForensicConcludedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliceReferrals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_CaseId",
                table: "PoliceReferrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliceReferrals_PoliceUnitCode_SentAt",
                table: "PoliceReferrals",
                columns: new[] { "PoliceUnitCode", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoliceReferrals");
        }
    }
}
